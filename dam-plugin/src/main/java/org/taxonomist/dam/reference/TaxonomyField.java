package org.taxonomist.dam.reference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taxonomist.dam.QueryMatch;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.failure.InvalidRequestException;

/**
 * A taxonomy field (Asset Type, Subject, …), its controlled list of terms, and their synonyms: other
 * words for a term that searches understand ("cars" for "Vehicles"). A synonym belongs to one term
 * of the field, whatever its letter case, and is never one of the field's terms, so that a query
 * word means one term only.
 */
@Entity
@Table(name = "dam_taxonomy_field")
public class TaxonomyField {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    private boolean multiValued;

    /** Backbone whose pre-trained outputs fill this field; null when the field is learnt from labels. */
    private String pretrainedModel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dam_taxonomy_term", joinColumns = @JoinColumn(name = "field_id"))
    @OrderColumn(name = "position")
    @Column(name = "term", nullable = false)
    private List<String> terms = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dam_term_synonym", joinColumns = @JoinColumn(name = "field_id"))
    @OrderColumn(name = "position")
    private List<TermSynonym> synonyms = new ArrayList<>();

    @Version
    private long version;

    protected TaxonomyField() {}

    public TaxonomyField(String name, boolean multiValued, List<String> terms, String pretrainedModel) {
        this.name = name;
        this.multiValued = multiValued;
        this.terms = new ArrayList<>(terms);
        this.pretrainedModel = pretrainedModel;
    }

    public TaxonomyFieldDefinition definition() {
        return new TaxonomyFieldDefinition(name, multiValued, List.copyOf(terms), pretrainedModel);
    }

    public boolean hasTerm(String term) {
        return terms.contains(term);
    }

    public void addTerm(String term) {
        if (terms.contains(term)) {
            return;
        }
        synonyms.stream()
                .filter(s -> s.synonym().equalsIgnoreCase(term))
                .findFirst()
                .ifPresent(s -> {
                    throw new SynonymConflictException(
                            "'" + term + "' is a synonym of " + s.term() + " in " + name + ".");
                });
        terms.add(term);
    }

    /** The term goes with its synonyms. */
    public void removeTerm(String term) {
        terms.remove(term);
        synonyms.removeIf(s -> s.term().equals(term));
    }

    public List<String> synonymsOf(String term) {
        return synonyms.stream()
                .filter(s -> s.term().equals(term))
                .map(TermSynonym::synonym)
                .toList();
    }

    /** Each term that has synonyms, with them, in term order. */
    public Map<String, List<String>> synonymsByTerm() {
        Map<String, List<String>> byTerm = new LinkedHashMap<>();
        for (String term : terms) {
            List<String> ofTerm = synonymsOf(term);
            if (!ofTerm.isEmpty()) {
                byTerm.put(term, ofTerm);
            }
        }
        return byTerm;
    }

    /** Replaces the term's synonyms, in the order given; one given twice, whatever its case, counts once. */
    public void setSynonyms(String term, List<String> given) {
        if (!terms.contains(term)) {
            throw new UnknownEntryException("The field '" + name + "' has no term '" + term + "'.");
        }
        List<String> kept = new ArrayList<>();
        for (String synonym : given.stream().map(TaxonomyField::checkedSynonym).toList()) {
            if (kept.stream().noneMatch(synonym::equalsIgnoreCase)) {
                checkFree(term, synonym);
                kept.add(synonym);
            }
        }
        synonyms.removeIf(s -> s.term().equals(term));
        kept.forEach(synonym -> synonyms.add(new TermSynonym(term, synonym)));
    }

    private static String checkedSynonym(String synonym) {
        if (synonym == null || synonym.isBlank()) {
            throw new InvalidRequestException("A synonym needs a word.");
        }
        if (synonym.strip().length() > TermSynonym.MAX_LENGTH) {
            throw new InvalidRequestException("A synonym has at most " + TermSynonym.MAX_LENGTH + " characters.");
        }
        return synonym.strip();
    }

    private void checkFree(String term, String synonym) {
        if (terms.stream().anyMatch(synonym::equalsIgnoreCase)) {
            throw new SynonymConflictException("'" + synonym + "' is a term of " + name + " itself.");
        }
        synonyms.stream()
                .filter(s -> !s.term().equals(term) && s.synonym().equalsIgnoreCase(synonym))
                .findFirst()
                .ifPresent(s -> {
                    throw new SynonymConflictException(
                            "'" + synonym + "' is already a synonym of " + s.term() + " in " + name + ".");
                });
    }

    /** The terms that the query names by one of their synonyms ({@link QueryMatch}), each once. */
    public List<String> termsNamedBy(String query) {
        return synonyms.stream()
                .filter(s -> QueryMatch.names(query, s.synonym()))
                .map(TermSynonym::term)
                .distinct()
                .toList();
    }

    public void setMultiValued(boolean multiValued) {
        this.multiValued = multiValued;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isMultiValued() {
        return multiValued;
    }

    public String getPretrainedModel() {
        return pretrainedModel;
    }

    public List<String> getTerms() {
        return List.copyOf(terms);
    }
}
