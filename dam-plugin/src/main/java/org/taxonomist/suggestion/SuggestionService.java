package org.taxonomist.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.dam.AssetDeleted;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.QueueFilter;
import org.taxonomist.decision.QueueQuery;
import org.taxonomist.decision.ReviewQueue;
import org.taxonomist.history.FieldChange;
import org.taxonomist.history.FieldChangeUndone;

/** Proposes suggestions and applies librarians' decisions; an approved term goes into the DAM through the adapter. */
@ApplicationScoped
public class SuggestionService implements ReviewQueue<Suggestion> {

    private static final String BY_CONFIDENCE = " order by s.confidence desc, s.id";

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    DamAdapter dam;

    /**
     * Stores a proposal unless this term was ever proposed for this asset's field before: a
     * pending one gets the new confidence, a decided one is left as the librarian decided.
     */
    @Transactional
    public Suggestion propose(long assetId, String field, String term, double confidence, String source) {
        Suggestion suggestion = find(assetId, field, term);
        if (suggestion == null) {
            suggestion = new Suggestion(assetId, field, term, confidence, source);
            em.persist(suggestion);
        } else {
            suggestion.refresh(confidence, source);
        }
        return suggestion;
    }

    /**
     * Stores a proposal only if this term was never proposed for this asset's field: a pending
     * suggestion from another source keeps its own confidence and source, and decisions stand.
     *
     * @return whether it was stored
     */
    @Transactional
    public boolean proposeNew(long assetId, String field, String term, double confidence, String source) {
        if (find(assetId, field, term) != null) {
            return false;
        }
        em.persist(new Suggestion(assetId, field, term, confidence, source));
        return true;
    }

    private Suggestion find(long assetId, String field, String term) {
        return em.createQuery(
                        "select s from Suggestion s where s.assetId = :asset and s.fieldName = :field and s.term = :term",
                        Suggestion.class)
                .setParameter("asset", assetId)
                .setParameter("field", field)
                .setParameter("term", term)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** A deleted asset's suggestions go with it. */
    void onDelete(@Observes AssetDeleted deleted) {
        em.createQuery("delete from Suggestion s where s.assetId = :asset")
                .setParameter("asset", deleted.assetId())
                .executeUpdate();
    }

    /** An undone automatic change leaves the terms it added rejected, so the model never applies them again. */
    void onUndo(@Observes FieldChangeUndone undone) {
        FieldChange change = undone.change();
        if (change.isKeywords()) {
            return; // keywords are free text, never suggested
        }
        List<String> added = change.getNewTerms().stream()
                .filter(t -> !change.getOldTerms().contains(t))
                .toList();
        forAsset(change.getAssetId()).stream()
                .filter(s -> s.getField().equals(change.getField()) && added.contains(s.getTerm()))
                .forEach(s -> s.withdraw(undone.user()));
    }

    /** Assets that have a suggestion in the field from a source other than {@code source}, ascending. */
    public List<Long> assetIdsSuggestedByOthers(String field, String source) {
        return em.createQuery(
                        "select distinct s.assetId from Suggestion s where s.fieldName = :field and s.source <> :source "
                                + "order by s.assetId",
                        Long.class)
                .setParameter("field", field)
                .setParameter("source", source)
                .getResultList();
    }

    public List<Suggestion> forAsset(long assetId) {
        return em.createQuery(
                        "select s from Suggestion s where s.assetId = :asset order by s.fieldName, s.confidence desc",
                        Suggestion.class)
                .setParameter("asset", assetId)
                .getResultList();
    }

    @Override
    public List<Suggestion> find(QueueFilter filter, int offset, int limit) {
        return query(filter, "select s", BY_CONFIDENCE, Suggestion.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(QueueFilter filter) {
        return query(filter, "select count(s)", "", Long.class).getSingleResult();
    }

    @Override
    public List<Long> ids(QueueFilter filter) {
        return query(filter, "select s.id", BY_CONFIDENCE, Long.class).getResultList();
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
        return new QueueQuery("Suggestion s", "s.confidence", filter).when("s.term = :term", "term", filter.term());
    }

    @Override
    public Suggestion get(long id) {
        Suggestion suggestion = em.find(Suggestion.class, id);
        if (suggestion == null) {
            throw new UnknownEntryException("There is no suggestion " + id + ".");
        }
        return suggestion;
    }

    /** Approves or rejects one suggestion in its own transaction; approving writes the term into the asset. */
    @Override
    @Transactional
    public Suggestion decide(long id, Decision decision, String user) {
        Suggestion suggestion = get(id);
        if (suggestion.decide(decision, user)) {
            if (decision == Decision.APPROVE) {
                dam.addTerm(suggestion.getAssetId(), suggestion.getField(), suggestion.getTerm(), user);
            }
            audit.recordFor(
                    user,
                    "suggestion." + decision.name().toLowerCase(Locale.ROOT),
                    "asset " + suggestion.getAssetId() + " · " + suggestion.getField(),
                    "suggested " + suggestion.getTerm(),
                    suggestion.getStatus().name().toLowerCase(Locale.ROOT));
        }
        em.flush();
        return suggestion;
    }
}
