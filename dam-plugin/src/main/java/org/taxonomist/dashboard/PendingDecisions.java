package org.taxonomist.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.dam.TermCounts;
import org.taxonomist.decision.ReviewStatus;

/** What waits for a librarian's decision, per taxonomy field: where reviewing pays most. */
@ApplicationScoped
public class PendingDecisions {

    @Inject
    DamAdapter dam;

    @PersistenceContext
    EntityManager em;

    /** One field's pending suggestions (review) and corrections (label audit). */
    public record FieldQueue(String field, long suggestions, long corrections) implements Serializable {}

    /** In the order of the DAM's fields. */
    public List<FieldQueue> perField() {
        Map<String, Long> suggestions = pendingByField("Suggestion");
        Map<String, Long> corrections = pendingByField("Correction");
        return dam.fields().stream()
                .map(TaxonomyFieldDefinition::name)
                .map(f -> new FieldQueue(f, suggestions.getOrDefault(f, 0L), corrections.getOrDefault(f, 0L)))
                .toList();
    }

    /** Pending suggestions by field, then term. */
    public Map<String, Map<String, Long>> suggestionsPerTerm() {
        return TermCounts.of(em.createQuery(
                        "select s.fieldName, s.term, count(s) from Suggestion s where s.review.status = :status"
                                + " group by s.fieldName, s.term",
                        Object[].class)
                .setParameter("status", ReviewStatus.PENDING)
                .getResultList());
    }

    private Map<String, Long> pendingByField(String entity) {
        return em.createQuery(
                        "select e.fieldName, count(e) from " + entity
                                + " e where e.review.status = :status group by e.fieldName",
                        Object[].class)
                .setParameter("status", ReviewStatus.PENDING)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
