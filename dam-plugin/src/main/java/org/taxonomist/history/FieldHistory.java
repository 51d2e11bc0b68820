package org.taxonomist.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.TermList;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.decision.DecisionConflictException;

/**
 * Writes an asset's field through the DAM adapter and keeps the old value, so that every change
 * the plugin made on its own (autofill, autocorrect) or by an approved correction can be seen and
 * undone.
 */
@ApplicationScoped
public class FieldHistory {

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    DamAdapter dam;

    @Inject
    Event<FieldChangeUndone> undone;

    /**
     * A person's own label, added or taken away by hand: written through the DAM and kept in the
     * asset's history beside the automatic changes (and undoable like them), and in the audit log.
     *
     * @param add true to add the term, false to remove it
     */
    @Transactional
    public void label(long assetId, String field, String term, boolean add, String user) {
        List<String> before = values(assetId, field);
        if (add) {
            dam.addTerm(assetId, field, term, user);
        } else {
            dam.removeTerm(assetId, field, term, user);
        }
        List<String> after = values(assetId, field);
        if (!after.equals(before)) {
            em.persist(new FieldChange(
                    assetId, field, before, after, user, add ? "labelled by hand" : "label removed by hand"));
            audit.recordFor(
                    user,
                    add ? "label.add" : "label.remove",
                    "asset " + assetId + " · " + field,
                    TermList.join(before),
                    TermList.join(after));
        }
    }

    private List<String> values(long assetId, String field) {
        return dam.asset(assetId)
                .orElseThrow(() -> new UnknownEntryException("There is no asset " + assetId + "."))
                .values(field);
    }

    /** Replaces the field's terms and records the change; the caller's transaction covers both. */
    @Transactional
    public FieldChange change(long assetId, String field, List<String> newTerms, String changedBy, String reason) {
        List<String> oldTerms = dam.asset(assetId)
                .orElseThrow(() -> new UnknownEntryException("There is no asset " + assetId + "."))
                .values(field);
        dam.replaceTerms(assetId, field, newTerms, changedBy);
        FieldChange change = new FieldChange(assetId, field, oldTerms, newTerms, changedBy, reason);
        em.persist(change);
        return change;
    }

    /** Replaces the asset's keywords (null: none) and records the change; the caller's transaction covers both. */
    @Transactional
    public FieldChange changeKeywords(long assetId, String newKeywords, String changedBy, String reason) {
        String oldKeywords = dam.asset(assetId)
                .orElseThrow(() -> new UnknownEntryException("There is no asset " + assetId + "."))
                .keywords();
        dam.replaceKeywords(assetId, newKeywords, changedBy);
        FieldChange change = FieldChange.ofKeywords(assetId, oldKeywords, newKeywords, changedBy, reason);
        em.persist(change);
        return change;
    }

    public List<FieldChange> forAsset(long assetId) {
        return em.createQuery(
                        "select c from FieldChange c where c.assetId = :asset order by c.changedAt desc, c.id desc",
                        FieldChange.class)
                .setParameter("asset", assetId)
                .getResultList();
    }

    /**
     * Puts the old terms back, if the field still holds what the change wrote (otherwise someone
     * edited it since, and undoing would lose their edit).
     */
    @Transactional
    public FieldChange undo(long changeId, String user) {
        FieldChange change = em.find(FieldChange.class, changeId, LockModeType.PESSIMISTIC_WRITE);
        if (change == null) {
            throw new UnknownEntryException("There is no change " + changeId + ".");
        }
        if (change.isUndone()) {
            throw new DecisionConflictException("Change " + changeId + " was already undone by " + change.getUndoneBy()
                    + " at " + change.getUndoneAt() + ".");
        }
        DamAsset asset = dam.asset(change.getAssetId()).orElseThrow();
        List<String> current = change.isKeywords()
                ? Optional.ofNullable(asset.keywords()).map(List::of).orElse(List.of())
                : asset.values(change.getField());
        if (!TermList.sameTerms(current, change.getNewTerms())) {
            throw new DecisionConflictException(
                    "The " + (change.isKeywords() ? "keywords" : "field " + change.getField())
                            + " of asset " + change.getAssetId() + " were edited since this change (now " + current
                            + "); edit them by hand instead.");
        }
        if (change.isKeywords()) {
            dam.replaceKeywords(
                    change.getAssetId(),
                    change.getOldTerms().stream().findFirst().orElse(null),
                    user);
        } else {
            dam.replaceTerms(change.getAssetId(), change.getField(), change.getOldTerms(), user);
        }
        change.undo(user);
        audit.recordFor(
                user,
                "change.undo",
                "asset " + change.getAssetId() + " · " + change.getField(),
                TermList.join(change.getNewTerms()),
                TermList.join(change.getOldTerms()));
        undone.fire(new FieldChangeUndone(change, user));
        return change;
    }
}
