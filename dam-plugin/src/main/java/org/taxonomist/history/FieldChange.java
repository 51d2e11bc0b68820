package org.taxonomist.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.taxonomist.dam.TermList;

/**
 * One change made to an asset's field: automatically (autofill, autocorrect), as an approved
 * correction, or by a person labelling by hand. Who, when, the old and the new terms, and why. It can be undone while the
 * field still holds what the change wrote.
 */
@Entity
@Table(name = "tx_field_change", indexes = @Index(columnList = "assetId"))
public class FieldChange {

    /** What a change of the keywords shows as its field. */
    public static final String KEYWORDS = "Keywords";

    @Id
    @GeneratedValue
    private Long id;

    private long assetId;

    @Column(nullable = false)
    private String fieldName;

    /** A change to the free-text keywords: old and new are each one text, not terms. */
    @Column(nullable = false)
    private boolean keywords;

    /** Terms before and after, joined by '|'. */
    @Column(nullable = false, length = 4000)
    private String oldTerms;

    @Column(nullable = false, length = 4000)
    private String newTerms;

    @Column(nullable = false, length = 300)
    private String changedBy;

    @Column(nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 1000)
    private String reason;

    private String undoneBy;
    private Instant undoneAt;

    @Version
    private long version;

    protected FieldChange() {}

    FieldChange(
            long assetId,
            String fieldName,
            List<String> oldTerms,
            List<String> newTerms,
            String changedBy,
            String reason) {
        this.assetId = assetId;
        this.fieldName = fieldName;
        this.oldTerms = TermList.join(oldTerms);
        this.newTerms = TermList.join(newTerms);
        this.changedBy = changedBy;
        this.changedAt = Instant.now();
        this.reason = reason;
    }

    /** A change of the asset's keywords from one text to another (null: none). */
    static FieldChange ofKeywords(
            long assetId, String oldKeywords, String newKeywords, String changedBy, String reason) {
        FieldChange change =
                new FieldChange(assetId, KEYWORDS, listOf(oldKeywords), listOf(newKeywords), changedBy, reason);
        change.keywords = true;
        return change;
    }

    private static List<String> listOf(String keywords) {
        return keywords == null ? List.of() : List.of(keywords);
    }

    void undo(String user) {
        undoneBy = user;
        undoneAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getAssetId() {
        return assetId;
    }

    public String getField() {
        return fieldName;
    }

    public boolean isKeywords() {
        return keywords;
    }

    /** The terms before; for {@link #isKeywords() keywords}, the keywords text or nothing. */
    public List<String> getOldTerms() {
        return terms(oldTerms);
    }

    public List<String> getNewTerms() {
        return terms(newTerms);
    }

    private List<String> terms(String stored) {
        return keywords ? (stored.isEmpty() ? List.of() : List.of(stored)) : TermList.split(stored);
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getUndoneBy() {
        return undoneBy;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }

    public boolean isUndone() {
        return undoneAt != null;
    }
}
