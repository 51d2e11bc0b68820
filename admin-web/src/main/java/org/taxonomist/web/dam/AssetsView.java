package org.taxonomist.web.dam;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.taxonomist.config.UploadLimits;
import org.taxonomist.config.UploadTooLargeException;
import org.taxonomist.correction.Corrections;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.dam.reference.Asset;
import org.taxonomist.dam.reference.AssetCatalog;
import org.taxonomist.dam.reference.AssetSearch;
import org.taxonomist.dam.reference.AssetUpload;
import org.taxonomist.dam.reference.DuplicateAssetException;
import org.taxonomist.dam.reference.Taxonomy;
import org.taxonomist.history.FieldHistory;
import org.taxonomist.map.MapRegion;
import org.taxonomist.map.MapRuns;
import org.taxonomist.models.image.ImageTooLargeException;
import org.taxonomist.models.image.UnreadableImageException;
import org.taxonomist.similar.SimilarImages;
import org.taxonomist.similar.SimilarImages.QueryImage;
import org.taxonomist.suggestion.SuggestionService;
import org.taxonomist.tagging.TaggingQueue;
import org.taxonomist.web.ConsoleUser;
import org.taxonomist.web.Messages;
import org.taxonomist.web.Problems;

/** The home page (index.xhtml): the asset grid with search and field filters, and the upload form. */
@Named
@ViewScoped
public class AssetsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 12;
    /** Upload outcomes the panel keeps listing. */
    static final int SHOWN_UPLOADS = 20;

    @Inject
    AssetSearch search;

    @Inject
    AssetUpload upload;

    @Inject
    Taxonomy taxonomy;

    @Inject
    UploadLimits limits;

    @Inject
    ConsoleUser user;

    @Inject
    SuggestionService suggestions;

    @Inject
    Corrections corrections;

    @Inject
    FieldHistory history;

    @Inject
    AssetCatalog catalog;

    @Inject
    SimilarImages similarImages;

    @Inject
    MapRuns mapRuns;

    @Inject
    TaggingQueue taggingQueue;

    private AssetResults results;
    private List<FieldChoice> fields;
    private String query;
    private String field;
    private String term;
    /** Whether unnamed super-labels expand the search too. */
    private boolean tentative;
    /** A field: only the assets with no term in it. */
    private String unlabelledIn;
    /** Only the assets with suggestions waiting for review. */
    private boolean withPending;
    /** The image searched by, as embedded, and its file name; null for a text search. */
    private QueryImage image;

    private String imageName;
    /** The assets selected on the map that the grid was opened with; null when it was not. */
    private List<Long> onMap;

    private String mapProblem;
    /** The tiles ticked, across pages: what "add a term" labels. */
    private final Map<Long, Boolean> picked = new HashMap<>();

    private String bulkField;
    private String bulkTerm;

    private String title;
    private String keywords;
    private final List<UploadOutcome> uploads = new ArrayList<>();

    @PostConstruct
    public void init() {
        results = new AssetResults(search, catalog, similarImages, suggestions, corrections, user.getName(), PAGE_SIZE);
        fields = taxonomy.fields().stream().map(FieldChoice::of).toList();
        openMapSelection();
    }

    /**
     * Opened from the map (index.xhtml?map=run&region=x,y;…): the grid lists exactly the assets in the region, all
     * ticked for the bulk actions. A link that cannot be read says why and lists every asset.
     */
    private void openMapSelection() {
        Map<String, String> sent =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String run = sent.get("map");
        String region = sent.get("region");
        if (run == null || region == null) {
            return;
        }
        try {
            onMap = List.copyOf(mapRuns.assetsIn(Long.parseLong(run.strip()), MapRegion.parse(region)));
        } catch (NumberFormatException e) {
            mapProblem = "The link names no map run: '" + run + "'.";
            return;
        } catch (IllegalArgumentException | UnknownEntryException e) {
            mapProblem = "The map selection cannot be opened. " + Messages.sentence(e.getMessage());
            return;
        }
        onMap.forEach(id -> picked.put(id, true));
        results.narrow(criteria());
    }

    /** Back to every asset: the map selection is left, and its ticks with it. */
    public void clearMapSelection() {
        onMap = null;
        picked.clear();
        results.narrow(criteria());
    }

    /** How many assets were selected on the map; null when the grid was not opened from it. */
    public Integer getOnMapCount() {
        return onMap == null ? null : onMap.size();
    }

    /** Why a link from the map could not be opened; null when it could (or the grid was not opened from one). */
    public String getMapProblem() {
        return mapProblem;
    }

    public void search() {
        results.narrow(criteria());
        results.count(null);
        Messages.info(results.summary());
    }

    public void clearSearch() {
        query = null;
        field = null;
        term = null;
        tentative = false;
        unlabelledIn = null;
        withPending = false;
        onMap = null;
        clearImage();
    }

    /**
     * Search by image: the image (within the upload limits) is embedded, kept only as its embedding for this
     * page, and the grid lists the assets whose pictures are nearest to it, narrowed by the search form's text and
     * filters.
     */
    public void searchByImage(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            image = similarImages.embed(file.getContent(), null);
            imageName = file.getFileName();
            search();
        } catch (UnreadableImageException e) {
            Messages.error(file.getFileName() + " cannot be read as an image. " + Messages.sentence(e.getMessage()));
        } catch (ImageTooLargeException | UploadTooLargeException e) {
            Messages.error(file.getFileName() + " is too large. " + Messages.sentence(e.getMessage()));
        } catch (RuntimeException e) {
            Problems.show(e, "search by the image");
        }
    }

    /** Back to the text search (what the form says). */
    public void clearImage() {
        image = null;
        imageName = null;
        results.narrow(criteria());
    }

    /** The file name of the image the grid is searched by; null for a text search. */
    public String getImageName() {
        return imageName;
    }

    private GridCriteria criteria() {
        return new GridCriteria(query, field, term, unlabelledIn, withPending, tentative, image, imageName, onMap);
    }

    /** How many tiles are ticked, on any page. */
    public long getPickedCount() {
        return pickedIds().size();
    }

    private List<Long> pickedIds() {
        return picked.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    public void clearPicked() {
        picked.clear();
    }

    /** Adds the chosen term to every ticked asset, each as a hand edit in its history. */
    public void addTermToPicked() {
        List<Long> ids = pickedIds();
        if (bulkField == null || bulkTerm == null || bulkTerm.isBlank()) {
            Messages.warn("Choose the field and the term to add.");
            return;
        }
        int added = 0;
        List<String> failed = new ArrayList<>();
        for (long id : ids) {
            try {
                history.label(id, bulkField, bulkTerm, true, user.getName());
                added++;
            } catch (RuntimeException e) {
                failed.add("asset " + id + ": " + Messages.sentence(e.getMessage()));
            }
        }
        Messages.info("Added \"" + bulkTerm + "\" to " + bulkField + " of " + added + " of " + ids.size() + " assets."
                + (failed.isEmpty() ? "" : " Not added to " + String.join("; ", failed)));
        picked.clear();
        results.narrow(criteria());
    }

    /** Tags every ticked asset again in the background, as after an upload (the grid's tiles stay ticked). */
    public void retagPicked() {
        List<Long> ids = pickedIds();
        int queued = taggingQueue.retag(ids);
        Messages.info("Tagging " + queued + " of " + ids.size() + " assets again in the background"
                + (queued < ids.size() ? "; the others are waiting to be tagged already." : "."));
    }

    /** The bulk field changed: a term of another field cannot be added. */
    public void bulkFieldChanged() {
        bulkTerm = null;
    }

    public List<String> getBulkTerms() {
        return termsOf(bulkField);
    }

    /** The field dropdown changed: a term of another field would filter nothing. */
    public void fieldChanged() {
        term = null;
    }

    public List<String> getTerms() {
        return termsOf(field);
    }

    private List<String> termsOf(String name) {
        return fields.stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .map(FieldChoice::terms)
                .orElse(List.of());
    }

    /**
     * One file of an upload (the panel sends each file of a selection or a drop on its own): stored, reported as a
     * duplicate, or refused with the reason, and listed with the others. The title goes to a file uploaded alone;
     * the keywords to every file.
     */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String name = file.getFileName();
        String filesInBatch = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(event.getComponent().getClientId() + "_totalFilesCount");
        UploadOutcome outcome;
        try {
            Asset asset = upload.upload(
                    name,
                    file.getContent(),
                    "1".equals(filesInBatch) ? sent(event, "upload-title") : null,
                    sent(event, "upload-keywords"),
                    user.getName());
            outcome = UploadOutcome.stored(name, asset.getId());
        } catch (DuplicateAssetException e) {
            outcome = UploadOutcome.duplicate(name, e.existingAssetId());
        } catch (UnreadableImageException e) {
            outcome = UploadOutcome.refused(name, "cannot be read as an image. " + Messages.sentence(e.getMessage()));
        } catch (ImageTooLargeException | UploadTooLargeException e) {
            outcome = UploadOutcome.refused(name, "too large. " + Messages.sentence(e.getMessage()));
        } catch (RuntimeException e) {
            Problems.show(e, "store the upload");
            outcome = UploadOutcome.refused(name, "not stored (see the message above).");
        }
        uploads.add(0, outcome);
        if (uploads.size() > SHOWN_UPLOADS) {
            uploads.remove(SHOWN_UPLOADS);
        }
        results.narrow(criteria());
    }

    /**
     * What the request carries in the form's input: PrimeFaces calls the upload listener before the inputs' values
     * reach this bean, so each file's request is read as it was sent.
     */
    private static String sent(FileUploadEvent event, String inputId) {
        UIInput input = (UIInput) event.getComponent().findComponent(inputId);
        Object value = input.getSubmittedValue() != null ? input.getSubmittedValue() : input.getValue();
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }

    /** The latest uploaded files, newest first: what became of each. */
    public List<UploadOutcome> getUploads() {
        return uploads;
    }

    public AssetResults getResults() {
        return results;
    }

    public List<FieldChoice> getFields() {
        return fields;
    }

    public long getMaxUploadBytes() {
        return limits.maxBytes();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public Map<Long, Boolean> getPicked() {
        return picked;
    }

    public String getUnlabelledIn() {
        return unlabelledIn;
    }

    public void setUnlabelledIn(String unlabelledIn) {
        this.unlabelledIn = unlabelledIn;
    }

    public boolean isWithPending() {
        return withPending;
    }

    public void setWithPending(boolean withPending) {
        this.withPending = withPending;
    }

    public String getBulkField() {
        return bulkField;
    }

    public void setBulkField(String bulkField) {
        this.bulkField = bulkField;
    }

    public String getBulkTerm() {
        return bulkTerm;
    }

    public void setBulkTerm(String bulkTerm) {
        this.bulkTerm = bulkTerm;
    }

    public boolean isTentative() {
        return tentative;
    }

    public void setTentative(boolean tentative) {
        this.tentative = tentative;
    }
}
