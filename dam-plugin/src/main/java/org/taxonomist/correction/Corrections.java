package org.taxonomist.correction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.dam.AssetDeleted;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.TermList;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.DecisionConflictException;
import org.taxonomist.decision.QueueFilter;
import org.taxonomist.decision.QueueQuery;
import org.taxonomist.decision.ReviewQueue;
import org.taxonomist.decision.ReviewStatus;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.history.FieldChange;
import org.taxonomist.history.FieldChangeUndone;
import org.taxonomist.history.FieldHistory;

/**
 * The corrections queue: an audit's proposals replace the previous audit's pending ones, and a
 * librarian's approval writes the proposed terms through the DAM adapter, with history.
 */
@ApplicationScoped
public class Corrections implements ReviewQueue<Correction> {

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    DamAdapter dam;

    @Inject
    FieldHistory history;

    /** What an audit proposes for one asset of the field, and why. */
    public record Proposal(
            long assetId, List<String> current, List<String> proposed, double score, Evidence evidence) {}

    /**
     * What writing an audit's proposals did.
     *
     * @param skippedRejected proposals a librarian already rejected for the same labels
     * @param skippedChanged  proposals for assets whose labels changed while the audit ran
     * @param replaced        pending corrections of earlier audits that were removed
     */
    public record Outcome(int proposed, int skippedRejected, int skippedChanged, int replaced) {}

    /**
     * Replaces the field's pending corrections with the new audit's proposals that the
     * {@link ProposalIntake} accepts.
     */
    @Transactional
    public Outcome replace(String field, String method, String source, List<Proposal> proposals) {
        int replaced = em.createQuery(
                        "delete from Correction c where c.fieldName = :field and c.review.status = :status")
                .setParameter("field", field)
                .setParameter("status", ReviewStatus.PENDING)
                .executeUpdate();
        Set<ProposalIntake.JudgedLabels> rejected = new HashSet<>();
        em.createQuery(
                        "select c from Correction c where c.fieldName = :field and c.review.status = :status",
                        Correction.class)
                .setParameter("field", field)
                .setParameter("status", ReviewStatus.REJECTED)
                .getResultStream()
                .forEach(c -> rejected.add(ProposalIntake.JudgedLabels.of(c.getAssetId(), c.getCurrentTerms())));
        Map<Long, List<String>> labelsNow = new HashMap<>();
        for (DamAsset asset : dam.assetsLabelled(field)) {
            labelsNow.put(asset.id(), asset.values(field));
        }
        ProposalIntake intake = ProposalIntake.of(proposals, labelsNow, rejected);
        intake.accepted()
                .forEach(p -> em.persist(new Correction(
                        p.assetId(), field, p.current(), p.proposed(), p.score(), method, source, p.evidence())));
        return new Outcome(intake.accepted().size(), intake.skippedRejected(), intake.skippedChanged(), replaced);
    }

    @Override
    public List<Correction> find(QueueFilter filter, int offset, int limit) {
        return query(filter, "select c", " order by c.score desc, c.id", Correction.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(QueueFilter filter) {
        return query(filter, "select count(c)", "", Long.class).getSingleResult();
    }

    @Override
    public List<Long> ids(QueueFilter filter) {
        return query(filter, "select c.id", " order by c.score desc, c.id", Long.class)
                .getResultList();
    }

    @Override
    public List<Long> assetIds(QueueFilter filter, int offset, int limit) {
        return matching(filter).assetIds(em, offset, limit);
    }

    @Override
    public long assetCount(QueueFilter filter) {
        return matching(filter).assetCount(em);
    }

    @Override
    public Map<Long, Long> countPerAsset(QueueFilter filter, Collection<Long> assetIds) {
        return matching(filter).countPerAsset(em, assetIds);
    }

    private <T> TypedQuery<T> query(QueueFilter filter, String select, String order, Class<T> type) {
        return matching(filter).create(em, select, order, type);
    }

    private static QueueQuery matching(QueueFilter filter) {
        // Terms are stored '|'-joined: a whole-term match is a match of '|term|' in '|terms|'.
        return new QueueQuery("Correction c", "c.score", filter)
                .when(
                        "(concat('|', c.currentTerms, '|') like :term escape '\\'"
                                + " or concat('|', c.proposedTerms, '|') like :term escape '\\')",
                        "term",
                        filter.term() == null ? null : "%|" + QueueQuery.literal(filter.term()) + "|%");
    }

    @Override
    public Correction get(long id) {
        Correction correction = em.find(Correction.class, id);
        if (correction == null) {
            throw new UnknownEntryException("There is no correction " + id + ".");
        }
        return correction;
    }

    /**
     * Approves or rejects one correction in its own transaction. Approving writes the proposed
     * terms, if the asset still has the terms the audit judged (else 409: the audit is out of date).
     */
    @Override
    @Transactional
    public Correction decide(long id, Decision decision, String user) {
        Correction correction = locked(id);
        if (decision == Decision.APPROVE) {
            return apply(correction, correction.getProposedTerms(), user);
        }
        record(correction, decision, user, correction.getProposedTerms());
        return correction;
    }

    /**
     * Approves a correction with other terms than the audit proposed: the librarian agrees the current terms are
     * wrong but not with the audit's replacement. The same checks as an approval; the history and the audit trail
     * name the terms written.
     */
    @Transactional
    public Correction fixTo(long id, List<String> terms, String user) {
        if (terms.isEmpty()) {
            throw new InvalidRequestException("Name at least one term to fix the asset to.");
        }
        return apply(locked(id), List.copyOf(terms), user);
    }

    private Correction locked(long id) {
        Correction correction = em.find(Correction.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (correction == null) {
            throw new UnknownEntryException("There is no correction " + id + ".");
        }
        return correction;
    }

    private Correction apply(Correction correction, List<String> terms, String user) {
        if (correction.getStatus() == ReviewStatus.PENDING) {
            List<String> now = dam.asset(correction.getAssetId())
                    .orElseThrow(
                            () -> new UnknownEntryException("Asset " + correction.getAssetId() + " no longer exists."))
                    .values(correction.getField());
            if (!TermList.sameTerms(now, correction.getCurrentTerms())) {
                throw new DecisionConflictException("The " + correction.getField() + " of asset "
                        + correction.getAssetId() + " was changed since the audit (it now holds " + now
                        + "); the next audit will judge it again.");
            }
        }
        if (record(correction, Decision.APPROVE, user, terms)) {
            boolean asProposed = terms.equals(correction.getProposedTerms());
            FieldChange change = history.change(
                    correction.getAssetId(),
                    correction.getField(),
                    terms,
                    user,
                    String.format(
                            Locale.ROOT,
                            "correction %d %s (%s score %.2f)",
                            correction.getId(),
                            asProposed ? "approved" : "fixed to other terms",
                            correction.getMethod(),
                            correction.getScore()));
            em.flush();
            correction.appliedBy(change.getId(), terms);
        }
        return correction;
    }

    /** Decides the correction and, if that changed its status, writes the audit trail and says so. */
    private boolean record(Correction correction, Decision decision, String user, List<String> terms) {
        boolean decided = correction.decide(decision, user);
        if (decided) {
            boolean fixed = decision == Decision.APPROVE && !terms.equals(correction.getProposedTerms());
            audit.recordFor(
                    user,
                    fixed ? "correction.fixed" : "correction." + decision.name().toLowerCase(Locale.ROOT),
                    "asset " + correction.getAssetId() + " · " + correction.getField(),
                    TermList.join(correction.getCurrentTerms()),
                    TermList.join(terms));
        }
        return decided;
    }

    /** A deleted asset's corrections go with it. */
    void onDelete(@Observes AssetDeleted deleted) {
        em.createQuery("delete from Correction c where c.assetId = :asset")
                .setParameter("asset", deleted.assetId())
                .executeUpdate();
    }

    /** Undoing an approved correction's change counts as rejecting it: the audit will not propose it again. */
    void onUndo(@Observes FieldChangeUndone undone) {
        em.createQuery("select c from Correction c where c.changeId = :change", Correction.class)
                .setParameter("change", undone.change().getId())
                .getResultStream()
                .forEach(c -> c.withdraw(undone.user()));
    }
}
