package org.taxonomist.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.taxonomist.correction.CorrectionStatus;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.suggestion.SuggestionStatus;

/** What waits for a librarian's decision, per taxonomy field: where reviewing pays most. */
@ApplicationScoped
public class PendingDecisions {

    @Inject
    DamAdapter dam;

    @PersistenceContext
    EntityManager em;

    /** One field's pending suggestions (review) and corrections (label audit). */
    public record FieldQueue(String field, long suggestions, long corrections) implements Serializable {
    }

    /** In the order of the DAM's fields. */
    public List<FieldQueue> perField() {
        Map<String, Long> suggestions = countByField("Suggestion", SuggestionStatus.PENDING);
        Map<String, Long> corrections = countByField("Correction", CorrectionStatus.PENDING);
        return dam.fields().stream().map(TaxonomyFieldDefinition::name)
                .map(f -> new FieldQueue(f, suggestions.getOrDefault(f, 0L), corrections.getOrDefault(f, 0L))).toList();
    }

    private Map<String, Long> countByField(String entity, Enum<?> status) {
        return em.createQuery("select e.fieldName, count(e) from " + entity + " e where e.status = :status group by e.fieldName",
                        Object[].class).setParameter("status", status).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
