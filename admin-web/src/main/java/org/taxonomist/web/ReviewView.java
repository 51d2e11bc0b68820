package org.taxonomist.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.QueueFilter;
import org.taxonomist.suggestion.Suggestion;
import org.taxonomist.suggestion.SuggestionService;

/**
 * The review queue (review.xhtml): pending suggestions across all assets, filtered by field, term, source and
 * confidence, decided one by one, as a selection, or all those matching. Fields a pre-trained network fills (Content
 * rating) suggest a term for every upload; they stay out of the queue until a librarian asks for them, so that the
 * suggestions of the fields learnt from the DAM's labels come first.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many of the matching suggestions a bulk confirmation names before "and N more". */
    static final int NAMED_IN_CONFIRMATION = 3;

    @Inject
    SuggestionService suggestions;

    @Inject
    DamAdapter dam;

    @Inject
    SuggestionDecisions decisions;

    @Inject
    ConsoleUser user;

    private QueueRows<Suggestion, SuggestionRow> pending;
    private AssetGroups<SuggestionRow> byAsset;
    private List<AssetEntries<SuggestionRow>> selected = new ArrayList<>();
    private List<String> fields;
    private Set<String> pretrainedFields;
    private final QueueFilterForm filter = new QueueFilterForm();
    private boolean includePretrained;

    /** review.xhtml?field=Subject shows that field's suggestions. */
    @PostConstruct
    public void init() {
        List<TaxonomyFieldDefinition> taxonomy = dam.fields();
        fields = taxonomy.stream().map(TaxonomyFieldDefinition::name).toList();
        pretrainedFields = taxonomy.stream()
                .filter(f -> !f.learnt())
                .map(TaxonomyFieldDefinition::name)
                .collect(Collectors.toSet());
        String requested = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("field");
        filter.setField(fields.contains(requested) ? requested : null);
        pending = new QueueRows<>(suggestions, SuggestionRow::of, dam);
        byAsset = new AssetGroups<>(pending);
        applyFilter();
    }

    /** Shows the suggestions that match the filter form. */
    public void applyFilter() {
        Set<String> shown = filter.hasField()
                ? QueueFilter.named(filter.getField())
                : includePretrained
                        ? Set.of()
                        : fields.stream()
                                .filter(f -> !pretrainedFields.contains(f))
                                .collect(Collectors.toSet());
        pending.filter(filter.pending(shown));
        selected = new ArrayList<>();
    }

    public void approve(SuggestionRow row) {
        decisions.decide(row, Decision.APPROVE, user.getName());
    }

    public void reject(SuggestionRow row) {
        decisions.decide(row, Decision.REJECT, user.getName());
    }

    /** Every suggestion shown for the asset: its row's "approve all" (the keyboard's a). */
    public void approveAsset(AssetEntries<SuggestionRow> row) {
        decisions.decideAll(row.entries(), Decision.APPROVE, user.getName());
    }

    /** Its row's "reject all" (the keyboard's r). */
    public void rejectAsset(AssetEntries<SuggestionRow> row) {
        decisions.decideAll(row.entries(), Decision.REJECT, user.getName());
    }

    public void approveSelected() {
        decideSelected(Decision.APPROVE);
    }

    public void rejectSelected() {
        decideSelected(Decision.REJECT);
    }

    /** The suggestions shown for the selected assets. */
    private void decideSelected(Decision decision) {
        decisions.decideAll(selected.stream().flatMap(a -> a.entries().stream()).toList(), decision, user.getName());
        selected = new ArrayList<>();
    }

    /** Every pending suggestion the filter matches, which the confirmation has counted and named. */
    public void approveAllMatching() {
        QueueDecisions.decideAllMatching(
                suggestions, pending.filter(), Decision.APPROVE, user.getName(), "Suggestion", "");
        selected = new ArrayList<>();
    }

    public void rejectAllMatching() {
        QueueDecisions.decideAllMatching(
                suggestions, pending.filter(), Decision.REJECT, user.getName(), "Suggestion", "");
        selected = new ArrayList<>();
    }

    /** The pending suggestions the filter hides: pre-trained fields' and those outside the other filters. */
    public long getHiddenCount() {
        return suggestions.count(QueueFilter.pending()) - getMatchingCount();
    }

    /** "192 more pending suggestions are outside these filters, …": a hidden queue is never a surprise. */
    public String getHiddenNote() {
        return getHiddenCount() + " more pending suggestions are outside these filters"
                + (includePretrained || pretrainedFields.isEmpty() || filter.hasField()
                        ? "."
                        : ", among them the pre-trained fields' (" + getPretrainedFieldNames()
                                + "): tick the box to see them.");
    }

    public long getMatchingCount() {
        return pending.matching();
    }

    /** The first matching suggestions, named for the bulk confirmation: "Dinosaurs" (Subject, 97 %) on fossil.jpg. */
    public String getMatchingExamples() {
        return pending.firstMatching(
                NAMED_IN_CONFIRMATION, s -> "\"" + s.term() + "\" (" + s.field() + ", " + s.percent() + " %)");
    }

    /** Whether the librarian narrowed the queue: "decide all matching" is offered only then. */
    public boolean isFiltered() {
        return filter.narrows();
    }

    public QueueRows<Suggestion, SuggestionRow> getPending() {
        return pending;
    }

    public AssetGroups<SuggestionRow> getByAsset() {
        return byAsset;
    }

    public List<AssetEntries<SuggestionRow>> getSelected() {
        return selected;
    }

    public void setSelected(List<AssetEntries<SuggestionRow>> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public List<String> getFields() {
        return fields;
    }

    public boolean isPretrainedFieldsExist() {
        return !pretrainedFields.isEmpty();
    }

    public String getPretrainedFieldNames() {
        return String.join(", ", pretrainedFields.stream().sorted().toList());
    }

    public QueueFilterForm getFilter() {
        return filter;
    }

    public boolean isIncludePretrained() {
        return includePretrained;
    }

    public void setIncludePretrained(boolean includePretrained) {
        this.includePretrained = includePretrained;
    }
}
