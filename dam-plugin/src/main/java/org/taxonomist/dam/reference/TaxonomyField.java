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
import java.util.List;
import org.taxonomist.dam.TaxonomyFieldDefinition;

/** A taxonomy field (Asset Type, Subject, …) and its controlled list of terms. */
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

    @Version
    private long version;

    protected TaxonomyField() {
    }

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
        if (!terms.contains(term)) {
            terms.add(term);
        }
    }

    public void removeTerm(String term) {
        terms.remove(term);
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
