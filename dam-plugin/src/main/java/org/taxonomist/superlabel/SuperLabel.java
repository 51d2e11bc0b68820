package org.taxonomist.superlabel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.taxonomist.decision.DecisionConflictException;

/**
 * A topic of the current topic model as librarians know it: its heaviest terms, how many assets are
 * in it, and their decisions — a name, hidden, merged into another, promoted to a taxonomy term.
 * A re-run of the job matches its new topics to these by their terms ({@link TopicMatching}), so the
 * decisions outlive the model; one whose topic was not found again keeps its decisions and terms
 * with no topic, and comes back if a later run finds it.
 */
@Entity
@Table(name = "tx_super_label")
public class SuperLabel {

    /** Terms kept per super-label: shown to librarians and compared between runs. */
    public static final int TOP_TERMS = 10;
    /**
     * A term below this share of the topic is not kept: on a small collection the last of the ten
     * are other subjects' terms with no weight at all, which librarians would read as part of it (and
     * which made a clean three-term topic's coherence −0.8 instead of 1).
     */
    public static final double MIN_TERM_WEIGHT = 0.01;

    @Id
    @GeneratedValue
    private Long id;

    /** Its (first) topic in the current model; null when the last run did not find it. */
    private Integer topic;

    @Column(length = 100)
    private String name;

    /** The name in lower case, unique: two super-labels of one name would make searches ambiguous. */
    @Column(length = 100, unique = true)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SuperLabelStatus status = SuperLabelStatus.ACTIVE;

    private Long mergedInto;

    private String promotedField;

    @Column(length = 500)
    private String promotedTerm;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tx_super_label_term", joinColumns = @JoinColumn(name = "super_label_id"))
    @OrderColumn(name = "position")
    private List<TopTerm> topTerms = new ArrayList<>();

    /** Assets scoring at least {@code taxonomist.superlabels.min-score} in the last run. */
    private int assetCount;

    /** NPMI coherence of its top terms in the last run, in [−1, 1]; null without a topic or with fewer than two terms. */
    private Double coherence;

    private String changedBy;
    private Instant changedAt;

    @Version
    private long version;

    SuperLabel() {}

    /** What the last run found for its topic. */
    void refit(Integer newTopic, List<TopTerm> terms, int assets, Double newCoherence) {
        topic = newTopic;
        topTerms = new ArrayList<>(terms);
        assetCount = assets;
        coherence = newCoherence;
    }

    /** A librarian decided something about it, so a run that does not find it keeps it. */
    boolean decided() {
        return name != null || status != SuperLabelStatus.ACTIVE;
    }

    void rename(String newName, String user) {
        name = newName;
        nameKey = newName.toLowerCase(Locale.ROOT);
        changed(user);
    }

    void hide(String user) {
        require(SuperLabelStatus.ACTIVE, "hidden");
        status = SuperLabelStatus.HIDDEN;
        changed(user);
    }

    void unhide(String user) {
        require(SuperLabelStatus.HIDDEN, "shown again");
        status = SuperLabelStatus.ACTIVE;
        changed(user);
    }

    void mergeInto(long target, String user) {
        if (status == SuperLabelStatus.PROMOTED) {
            throw new DecisionConflictException(display() + " is promoted to " + promotedField + ": " + promotedTerm
                    + "; a promoted super-label cannot be merged.");
        }
        status = SuperLabelStatus.MERGED;
        mergedInto = target;
        changed(user);
    }

    void unmerge(String user) {
        require(SuperLabelStatus.MERGED, "split off");
        status = SuperLabelStatus.ACTIVE;
        mergedInto = null;
        changed(user);
    }

    void promote(String field, String term, String user) {
        if (status == SuperLabelStatus.PROMOTED && !(field.equals(promotedField) && term.equals(promotedTerm))) {
            throw new DecisionConflictException(
                    display() + " is already promoted to " + promotedField + ": " + promotedTerm + ".");
        }
        if (status != SuperLabelStatus.PROMOTED) {
            require(SuperLabelStatus.ACTIVE, "promoted");
        }
        status = SuperLabelStatus.PROMOTED;
        promotedField = field;
        promotedTerm = term;
        changed(user);
    }

    private void require(SuperLabelStatus expected, String what) {
        if (status != expected) {
            throw new DecisionConflictException(
                    display() + " is " + status.name().toLowerCase(Locale.ROOT) + "; only "
                            + expected.name().toLowerCase(Locale.ROOT) + " super-labels can be " + what + ".");
        }
    }

    private void changed(String user) {
        changedBy = user;
        changedAt = Instant.now();
    }

    /** Its name, or its three heaviest terms while it has none: how the console, reasons and sources call it. */
    public String display() {
        return name != null
                ? name
                : topTerms.stream().limit(3).map(TopTerm::term).collect(Collectors.joining(" · "));
    }

    public Long getId() {
        return id;
    }

    public Integer getTopic() {
        return topic;
    }

    public String getName() {
        return name;
    }

    public SuperLabelStatus getStatus() {
        return status;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public String getPromotedField() {
        return promotedField;
    }

    public String getPromotedTerm() {
        return promotedTerm;
    }

    public List<TopTerm> getTopTerms() {
        return List.copyOf(topTerms);
    }

    public int getAssetCount() {
        return assetCount;
    }

    public Double getCoherence() {
        return coherence;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
