package org.taxonomist.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.dam.UnknownEntryException;

/** The taxonomy fields that heads learn from labels, i.e. all but those filled by a backbone's own classes. */
@ApplicationScoped
public class LearntFields {

    @Inject
    DamAdapter dam;

    /** All learnt fields, or just the one named (when the name is not blank); read in a transaction (see {@code AssetsInScope}). */
    @Transactional
    public List<String> named(String field) {
        List<String> learnt = dam.fields().stream()
                .filter(TaxonomyFieldDefinition::learnt)
                .map(TaxonomyFieldDefinition::name)
                .toList();
        if (field == null || field.isBlank()) {
            return learnt;
        }
        if (!learnt.contains(field)) {
            throw new UnknownEntryException(
                    "'" + field + "' is not a field that heads learn; choose one of " + learnt + ".");
        }
        return List.of(field);
    }

    /**
     * Whether a field holds several terms, read in a transaction: a batchlet has none, and outside one
     * Payara may hand it an entity manager another thread of the job has closed (a restarted audit
     * failed 1 time in 6 with "Session/EntityManager is closed").
     */
    @Transactional
    public boolean multiValued(String field) {
        return dam.fields().stream()
                .filter(f -> f.name().equals(field))
                .findFirst()
                .orElseThrow(() -> new UnknownEntryException("There is no taxonomy field '" + field + "'."))
                .multiValued();
    }
}
