package org.taxonomist.web.dam;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taxonomist.dam.reference.Taxonomy;
import org.taxonomist.dashboard.PendingDecisions;
import org.taxonomist.training.ModelTraining;
import org.taxonomist.web.Messages;
import org.taxonomist.web.Problems;

/**
 * The taxonomy (admin/taxonomy.xhtml, admins only): fields, their terms and the terms' synonyms, and per term how
 * many assets carry it, how many suggestions of it wait for review, and, for fields learnt from labels, how far it is
 * from the labelled assets training needs ("12/30").
 */
@Named
@ViewScoped
public class TaxonomyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Taxonomy taxonomy;

    @Inject
    PendingDecisions pending;

    @Inject
    ModelTraining training;

    private List<FieldChoice> fields;
    private Map<String, Map<String, Long>> labelled = Map.of();
    private Map<String, Map<String, Long>> suggested = Map.of();
    private String newFieldName;
    private boolean newFieldMultiValued = true;
    private final Map<String, String> newTerm = new HashMap<>();
    private final Map<String, String> synonymTerm = new HashMap<>();
    private final Map<String, String> synonymText = new HashMap<>();

    @PostConstruct
    public void init() {
        reload();
    }

    private void reload() {
        fields = taxonomy.fields().stream().map(FieldChoice::of).toList();
        labelled = taxonomy.labelledAssets();
        suggested = pending.suggestionsPerTerm();
    }

    /** How many assets carry the term. */
    public long labelled(String field, String term) {
        return labelled.getOrDefault(field, Map.of()).getOrDefault(term, 0L);
    }

    /** How many suggestions of the term wait for review. */
    public long pending(String field, String term) {
        return suggested.getOrDefault(field, Map.of()).getOrDefault(term, 0L);
    }

    /** "12/30" while a term of a field learnt from labels has too few to be trained, else "". */
    public String toTrain(FieldChoice field, String term) {
        long have = labelled(field.name(), term);
        return field.filledBy() == null && have < training.minAssetsPerTerm()
                ? have + "/" + training.minAssetsPerTerm()
                : "";
    }

    public void addField() {
        String name = newFieldName == null ? "" : newFieldName.strip();
        if (name.isEmpty()) {
            Messages.warn("A field needs a name.");
            return;
        }
        try {
            taxonomy.create(name, newFieldMultiValued, List.of());
            Messages.info("Added the field " + name
                    + (newFieldMultiValued ? " (several terms per asset)." : " (one term per asset)."));
            newFieldName = null;
            newFieldMultiValued = true;
        } catch (RuntimeException e) {
            Problems.show(e, "add the field");
        }
        reload();
    }

    public void addTerm(String field) {
        String term = newTerm.get(field) == null ? "" : newTerm.get(field).strip();
        if (term.isEmpty()) {
            Messages.warn("Type the new term of " + field + " first.");
            return;
        }
        try {
            taxonomy.addTerm(field, term);
            newTerm.remove(field);
            Messages.info("Added the term \"" + term + "\" to " + field + ".");
        } catch (RuntimeException e) {
            Problems.show(e, "add the term");
        }
        reload();
    }

    /** What removing the term does, for the confirmation: assets that keep it, pending suggestions, synonyms, models. */
    public String removalEffects(FieldChoice field, String term) {
        return new TermRemoval(
                        field.name(),
                        term,
                        labelled(field.name(), term),
                        pending(field.name(), term),
                        field.synonymsOf(term),
                        field.filledBy() == null)
                .effects();
    }

    /** Takes one synonym off the term, keeping the others. */
    public void removeSynonym(FieldChoice field, String term, String synonym) {
        List<String> kept = new ArrayList<>(field.synonymsOf(term));
        kept.remove(synonym);
        try {
            taxonomy.setSynonyms(field.name(), term, kept);
            Messages.info("A search for " + synonym + " no longer finds " + term + ".");
        } catch (RuntimeException e) {
            Problems.show(e, "remove the synonym");
        }
        reload();
    }

    public void removeTerm(String field, String term) {
        try {
            taxonomy.removeTerm(field, term);
            Messages.info("Removed the term \"" + term + "\" from " + field
                    + ". Assets that carry it keep it until someone removes it there.");
        } catch (RuntimeException e) {
            Problems.show(e, "remove the term");
        }
        reload();
    }

    /** Puts the chosen term's synonyms in the input, so that the admin edits them rather than retyping them. */
    public void showSynonyms(String field) {
        String term = synonymTerm.get(field);
        synonymText.put(
                field,
                fields.stream()
                        .filter(f -> f.name().equals(field))
                        .findFirst()
                        .map(f -> f.synonyms().getOrDefault(term, ""))
                        .orElse(""));
    }

    /** Replaces the chosen term's synonyms with the comma-separated ones typed; none typed removes them. */
    public void saveSynonyms(String field) {
        String term = synonymTerm.get(field);
        if (term == null) {
            Messages.warn("Choose the term of " + field + " whose synonyms to set.");
            return;
        }
        String typed = synonymText.getOrDefault(field, "");
        List<String> synonyms = Arrays.stream(typed == null ? new String[0] : typed.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        try {
            taxonomy.setSynonyms(field, term, synonyms);
            Messages.info(
                    synonyms.isEmpty()
                            ? "\"" + term + "\" has no synonyms now."
                            : "Searches for " + String.join(", ", synonyms) + " now also find " + term + ".");
        } catch (RuntimeException e) {
            Problems.show(e, "set the synonyms");
        }
        reload();
    }

    public List<FieldChoice> getFields() {
        return fields;
    }

    public String getNewFieldName() {
        return newFieldName;
    }

    public void setNewFieldName(String newFieldName) {
        this.newFieldName = newFieldName;
    }

    public boolean isNewFieldMultiValued() {
        return newFieldMultiValued;
    }

    public void setNewFieldMultiValued(boolean newFieldMultiValued) {
        this.newFieldMultiValued = newFieldMultiValued;
    }

    public Map<String, String> getNewTerm() {
        return newTerm;
    }

    public Map<String, String> getSynonymTerm() {
        return synonymTerm;
    }

    public Map<String, String> getSynonymText() {
        return synonymText;
    }
}
