package org.taxonomist.web.dam;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.taxonomist.dam.reference.Asset;
import org.taxonomist.dam.reference.AssetCatalog;
import org.taxonomist.dam.reference.Taxonomy;
import org.taxonomist.dam.reference.TaxonomyField;
import org.taxonomist.decision.Decision;
import org.taxonomist.history.FieldHistory;
import org.taxonomist.similar.SimilarImages;
import org.taxonomist.suggestion.SuggestionService;
import org.taxonomist.superlabel.AssetTopics;
import org.taxonomist.tagging.FoundObject;
import org.taxonomist.tagging.ObjectCounts;
import org.taxonomist.tagging.ObjectDetection;
import org.taxonomist.tagging.TaggingTask;
import org.taxonomist.tagging.TaggingTasks;
import org.taxonomist.tagging.TextReading;
import org.taxonomist.web.AssetSuperLabelRow;
import org.taxonomist.web.ChangeRow;
import org.taxonomist.web.ConsoleUser;
import org.taxonomist.web.Messages;
import org.taxonomist.web.ObjectBoxRow;
import org.taxonomist.web.Problems;
import org.taxonomist.web.SuggestionDecisions;
import org.taxonomist.web.SuggestionRow;

/**
 * One asset (asset.xhtml?id=N): its image with the boxes of the objects found in it, its metadata,
 * its field values with hand labelling,
 * its suggestions to approve or reject, and the automatic changes and approved corrections of its
 * fields to undo; its super-labels, the assets most like it by topic and those whose pictures look like it. Tagging runs in the
 * background after an upload, so the page polls while the asset's tagging task is waiting.
 */
@Named
@ViewScoped
public class AssetView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SIMILAR = 12;

    @Inject
    AssetCatalog catalog;

    @Inject
    Taxonomy taxonomy;

    @Inject
    SuggestionService suggestionService;

    @Inject
    SuggestionDecisions decisions;

    @Inject
    ConsoleUser user;

    @Inject
    TaggingTasks taggingTasks;

    @Inject
    FieldHistory history;

    @Inject
    AssetTopics topics;

    @Inject
    ObjectDetection objectDetection;

    @Inject
    TextReading textReading;

    @Inject
    SuggestionReasons reasons;

    @Inject
    SimilarImages similarImages;

    private Long assetId;
    private AssetCard asset;
    private List<FieldValues> fields = List.of();
    private final Map<String, String> termToAdd = new HashMap<>();
    private List<SuggestionRow> suggestions = List.of();
    private List<SuggestionRow> selected = new ArrayList<>();
    private Map<Long, String> suggestionReasons = new HashMap<>();
    private List<ChangeRow> changes = List.of();
    private List<AssetSuperLabelRow> superLabels = List.of();
    private List<AssetCard> similar = List.of();
    private SimilarImagesPanel lookalikes;
    private List<ObjectBoxRow> objects = List.of();
    private String objectCounts = "";
    private List<ObjectBoxRow> textLines = List.of();
    private boolean taggingWaiting;
    private String taggingError;

    @PostConstruct
    public void init() {
        String id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        try {
            assetId = id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            assetId = null;
        }
        if (assetId == null) {
            Messages.error("Which asset? Open an asset from the asset list.");
            return;
        }
        reload();
        if (asset != null) {
            readTopics();
            lookalikes = new SimilarImagesPanel(
                    assetId, taxonomy.fields().stream().map(FieldChoice::of).toList());
            showSimilarImages();
        }
    }

    /** The look-alikes by picture, narrowed as the panel says. */
    public void showSimilarImages() {
        try {
            lookalikes.read(similarImages, catalog);
        } catch (RuntimeException e) {
            Problems.show(e, "find the similar images");
        }
    }

    public SimilarImagesPanel getSimilarImages() {
        return lookalikes;
    }

    /** Its super-labels and the {@value #SIMILAR} assets most like it, from the last run of the super-labels job. */
    private void readTopics() {
        try {
            superLabels = topics.superLabels(assetId).stream()
                    .map(AssetSuperLabelRow::of)
                    .toList();
            similar = topics.similar(assetId, SIMILAR).stream()
                    .flatMap(s -> catalog.find(s.assetId()).map(AssetCard::of).stream())
                    .toList();
        } catch (RuntimeException e) {
            Problems.show(e, "read the asset's super-labels");
        }
    }

    /** Reads the asset, its fields and its suggestions again, after any change. */
    void reload() {
        Optional<Asset> found = catalog.find(assetId);
        if (found.isEmpty()) {
            asset = null;
            Messages.error("There is no asset " + assetId + ".");
            return;
        }
        asset = AssetCard.of(found.get());
        fields = fieldValues(found.get().fieldValues(), taxonomy.fields());
        suggestions = suggestionService.forAsset(assetId).stream()
                .map(SuggestionRow::of)
                .toList();
        suggestionReasons = new HashMap<>(reasons.of(suggestions));
        changes = history.forAsset(assetId).stream().map(ChangeRow::of).toList();
        List<FoundObject> detected = objectDetection.forAsset(assetId);
        objects = detected.stream().map(ObjectBoxRow::of).toList();
        objectCounts =
                ObjectCounts.of(detected.stream().map(FoundObject::getLabel).toList());
        textLines = textReading.forAsset(assetId).stream().map(ObjectBoxRow::of).toList();
        Optional<TaggingTask> task = taggingTasks.find(assetId);
        taggingWaiting = task.isPresent() && !task.get().givenUp();
        taggingError =
                task.filter(TaggingTask::givenUp).map(TaggingTask::getLastError).orElse(null);
        // Keep only selections that can still be decided.
        selected = new ArrayList<>(selected.stream()
                .filter(s -> suggestions.stream().anyMatch(n -> n.id() == s.id() && n.pending()))
                .toList());
    }

    /** Every taxonomy field in order, then any field the asset has that the taxonomy no longer lists. */
    static List<FieldValues> fieldValues(Map<String, List<String>> values, List<TaxonomyField> taxonomyFields) {
        Map<String, FieldValues> byField = new LinkedHashMap<>();
        for (TaxonomyField field : taxonomyFields) {
            List<String> terms = values.getOrDefault(field.getName(), List.of());
            byField.put(
                    field.getName(),
                    new FieldValues(
                            field.getName(),
                            field.isMultiValued(),
                            List.copyOf(terms),
                            field.getTerms().stream()
                                    .filter(t -> !terms.contains(t))
                                    .toList()));
        }
        values.forEach((field, terms) ->
                byField.putIfAbsent(field, new FieldValues(field, true, List.copyOf(terms), List.of())));
        return List.copyOf(byField.values());
    }

    /** The poll's listener; the poll stops once the asset's tagging task is done or has given up. */
    public void checkTagging() {
        reload();
        if (isTaggingDone()) {
            // Tagging embeds the image: only now can its look-alikes be found.
            showSimilarImages();
            PrimeFaces.current().ajax().update("similar-images");
        }
        if (taggingError != null) {
            Messages.warn("Tagging failed: " + taggingError);
            // The poll leaves the message area alone (it would clear it every 2 s); this last answer updates it.
            PrimeFaces.current().ajax().update("messages");
        }
    }

    public boolean isTaggingDone() {
        return asset == null || !taggingWaiting;
    }

    public void addTerm(String field) {
        String term = termToAdd.get(field);
        if (term == null || term.isBlank()) {
            Messages.warn("Choose a term of " + field + " first.");
            return;
        }
        try {
            history.label(assetId, field, term, true, user.getName());
            termToAdd.remove(field);
            Messages.info("Added \"" + term + "\" to " + field + ".");
        } catch (RuntimeException e) {
            Problems.show(e, "add the term");
        }
        reload();
    }

    public void removeTerm(String field, String term) {
        try {
            history.label(assetId, field, term, false, user.getName());
            Messages.info("Removed \"" + term + "\" from " + field + ".");
        } catch (RuntimeException e) {
            Problems.show(e, "remove the term");
        }
        reload();
    }

    /** Puts back what an automatic change or an approved correction replaced; refused when the field was edited since. */
    public void undo(ChangeRow change) {
        try {
            history.undo(change.id(), user.getName());
            Messages.info("Undone: " + change.field() + " is back to " + change.oldText() + ".");
        } catch (RuntimeException e) {
            Problems.show(e, "undo the change");
        }
        reload();
    }

    public void approve(SuggestionRow row) {
        decisions.decide(row, Decision.APPROVE, user.getName());
        reload();
    }

    public void reject(SuggestionRow row) {
        decisions.decide(row, Decision.REJECT, user.getName());
        reload();
    }

    public void approveSelected() {
        decisions.decideAll(selected, Decision.APPROVE, user.getName());
        selected = new ArrayList<>();
        reload();
    }

    public void rejectSelected() {
        decisions.decideAll(selected, Decision.REJECT, user.getName());
        selected = new ArrayList<>();
        reload();
    }

    public long getPendingCount() {
        return suggestions.stream().filter(SuggestionRow::pending).count();
    }

    public Long getAssetId() {
        return assetId;
    }

    public AssetCard getAsset() {
        return asset;
    }

    public List<FieldValues> getFields() {
        return fields;
    }

    public Map<String, String> getTermToAdd() {
        return termToAdd;
    }

    /** Why the suggestion was made: its threshold and the term's F1, or what its source is. */
    public String reasonOf(SuggestionRow suggestion) {
        return suggestionReasons.getOrDefault(suggestion.id(), "");
    }

    public List<SuggestionRow> getSuggestions() {
        return suggestions;
    }

    public List<AssetSuperLabelRow> getSuperLabels() {
        return superLabels;
    }

    public List<AssetCard> getSimilar() {
        return similar;
    }

    /** The lines of text read in the image, top to bottom, boxes to draw over it. */
    public List<ObjectBoxRow> getTextLines() {
        return textLines;
    }

    /** The objects the detector found, boxes to draw over the image. */
    public List<ObjectBoxRow> getObjects() {
        return objects;
    }

    /** What the detector found, counted: "2 × person, bottle". */
    public String getObjectCounts() {
        return objectCounts;
    }

    public List<ChangeRow> getChanges() {
        return changes;
    }

    public List<SuggestionRow> getSelected() {
        return selected;
    }

    public void setSelected(List<SuggestionRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }
}
