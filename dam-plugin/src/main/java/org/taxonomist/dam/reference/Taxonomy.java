package org.taxonomist.dam.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.dam.TermCounts;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.failure.InvalidRequestException;

/** The DAM's taxonomy: its fields, their terms and the terms' synonyms, editable by admins. */
@ApplicationScoped
public class Taxonomy {

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    public List<TaxonomyField> fields() {
        return em.createQuery("select f from TaxonomyField f order by f.id", TaxonomyField.class)
                .getResultList();
    }

    /** How many assets carry each term: by field, then term (terms no asset carries are absent). */
    public Map<String, Map<String, Long>> labelledAssets() {
        return TermCounts.of(em.createQuery(
                        "select v.field, v.term, count(distinct a.id) from Asset a join a.values v"
                                + " group by v.field, v.term",
                        Object[].class)
                .getResultList());
    }

    public TaxonomyField field(String name) {
        return em.createQuery("select f from TaxonomyField f where f.name = :name", TaxonomyField.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownEntryException("There is no taxonomy field '" + name + "'."));
    }

    @Transactional
    public TaxonomyField create(String name, boolean multiValued, List<String> terms) {
        if (fields().stream().anyMatch(f -> f.getName().equalsIgnoreCase(name))) {
            throw new InvalidRequestException("A field named '" + name + "' already exists.");
        }
        terms.forEach(Taxonomy::checkTerm);
        TaxonomyField field = new TaxonomyField(name, multiValued, terms, null);
        em.persist(field);
        audit.record(
                "taxonomy.create-field",
                "field " + name,
                null,
                (multiValued ? "multi-valued: " : "single-valued: ") + terms);
        return field;
    }

    @Transactional
    public void addTerm(String fieldName, String term) {
        checkTerm(term);
        field(fieldName).addTerm(term.strip());
        audit.record("taxonomy.add-term", "field " + fieldName, null, term.strip());
    }

    /** '|' separates terms where several are stored in one column ({@link org.taxonomist.dam.TermList}). */
    private static void checkTerm(String term) {
        if (term == null || term.isBlank()) {
            throw new InvalidRequestException("A term needs a name.");
        }
        if (term.contains("|")) {
            throw new InvalidRequestException("A term cannot contain '|': " + term);
        }
    }

    @Transactional
    public void removeTerm(String fieldName, String term) {
        field(fieldName).removeTerm(term);
        audit.record("taxonomy.remove-term", "field " + fieldName, term, null);
    }

    /** Replaces a term's synonyms (rules: {@link TaxonomyField#setSynonyms}). */
    @Transactional
    public void setSynonyms(String fieldName, String term, List<String> synonyms) {
        TaxonomyField field = field(fieldName);
        String before = String.join(", ", field.synonymsOf(term));
        field.setSynonyms(term, synonyms);
        audit.record(
                "taxonomy.synonyms",
                "field " + fieldName + " · " + term,
                before,
                String.join(", ", field.synonymsOf(term)));
    }

    /** Seeds a small demo taxonomy on a fresh database, so a new install is usable at once. */
    @Transactional
    public void seedDemoTaxonomy() {
        if (!fields().isEmpty()) {
            return;
        }
        em.persist(new TaxonomyField(
                "Asset Type", false, List.of("Photo", "Illustration", "Logo", "Screenshot", "Document"), null));
        em.persist(new TaxonomyField(
                "Subject",
                true,
                List.of("Animals", "People", "Food", "Vehicles", "Nature", "Buildings", "Objects"),
                null));
        em.persist(new TaxonomyField("Brand", true, List.of(), null));
    }

    @Transactional
    public void ensureField(TaxonomyFieldDefinition field) {
        if (fields().stream().noneMatch(f -> f.getName().equals(field.name()))) {
            em.persist(new TaxonomyField(field.name(), field.multiValued(), field.terms(), field.pretrainedModel()));
        }
    }
}
