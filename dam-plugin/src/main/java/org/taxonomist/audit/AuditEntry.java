package org.taxonomist.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing a person did that changes what the DAM holds or who may use it: a decision, a label, an
 * account, the taxonomy, a model. Who, when, from which address, what, on what, before and after.
 * Written in the transaction of the change itself, so that there is no change without its entry.
 */
@Entity
@Table(
        name = "tx_audit",
        indexes = {@Index(columnList = "at"), @Index(columnList = "actor")})
public class AuditEntry {

    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 300)
    private String actor;

    /** The address the request came from; null for work a job or schedule did. */
    @Column(length = 64)
    private String address;

    /** What was done, as {@code subject.verb}: {@code suggestion.approve}, {@code user.disable}, … */
    @Column(nullable = false, length = 64)
    private String action;

    /** What it was done to: "asset 12 · Subject", "user lena", "field Subject". */
    @Column(nullable = false, length = 500)
    private String target;

    @Column(length = MAX_TEXT)
    private String before;

    @Column(length = MAX_TEXT)
    private String after;

    protected AuditEntry() {}

    AuditEntry(Instant at, String actor, String address, String action, String target, String before, String after) {
        this.at = at;
        this.actor = actor;
        this.address = address;
        this.action = action;
        this.target = cut(target, 500);
        this.before = cut(before, MAX_TEXT);
        this.after = cut(after, MAX_TEXT);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAddress() {
        return address;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
