package org.taxonomist.web.dam;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.taxonomist.config.UploadLimits;
import org.taxonomist.dam.reference.Asset;
import org.taxonomist.dam.reference.AssetSearch;
import org.taxonomist.dam.reference.AssetUpload;
import org.taxonomist.dam.reference.DuplicateAssetException;
import org.taxonomist.dam.reference.Taxonomy;
import org.taxonomist.dam.reference.UploadTooLargeException;
import org.taxonomist.models.image.ImageTooLargeException;
import org.taxonomist.models.image.UnreadableImageException;
import org.taxonomist.web.ConsoleUser;
import org.taxonomist.web.Messages;
import org.taxonomist.web.Problems;

/** The home page (index.xhtml): the asset grid with search and field filters, and the upload form. */
@Named
@ViewScoped
public class AssetsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 12;

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

    private AssetResults results;
    private List<FieldChoice> fields;
    private String query;
    private String field;
    private String term;
    /** Whether unnamed super-labels expand the search too. */
    private boolean tentative;

    /** Only alive during the upload request: the uploaded bytes never stay in the view. */
    private transient UploadedFile file;

    private String title;
    private String keywords;
    private AssetCard uploaded;
    private Long duplicateOf;

    @PostConstruct
    public void init() {
        results = new AssetResults(search, user.getName(), PAGE_SIZE);
        fields = taxonomy.fields().stream().map(FieldChoice::of).toList();
    }

    public void search() {
        results.narrow(query, field, term, tentative);
        results.count(null);
        Messages.info(results.summary());
    }

    public void clearSearch() {
        query = null;
        field = null;
        term = null;
        tentative = false;
        results.narrow(null, null, null, false);
    }

    /** The field dropdown changed: a term of another field would filter nothing. */
    public void fieldChanged() {
        term = null;
    }

    public List<String> getTerms() {
        return fields.stream()
                .filter(f -> f.name().equals(field))
                .findFirst()
                .map(FieldChoice::terms)
                .orElse(List.of());
    }

    public void upload() {
        uploaded = null;
        duplicateOf = null;
        if (file == null || file.getSize() == 0) {
            Messages.error("Choose an image file to upload.");
            return;
        }
        try {
            Asset asset = upload.upload(file.getFileName(), file.getContent(), title, keywords, user.getName());
            uploaded = AssetCard.of(asset);
            title = null;
            keywords = null;
            results.narrow(query, field, term, tentative);
            Messages.info("Uploaded \"" + uploaded.label() + "\" as asset " + uploaded.id()
                    + ". Tagging runs in the background; its suggestions appear on the asset's page.");
        } catch (DuplicateAssetException e) {
            duplicateOf = e.existingAssetId();
            Messages.warn("This image is already in the DAM as asset " + duplicateOf + "; it was not stored twice.");
        } catch (UnreadableImageException e) {
            Messages.error(
                    "\"" + file.getFileName() + "\" cannot be read as an image. " + Messages.sentence(e.getMessage()));
        } catch (ImageTooLargeException | UploadTooLargeException e) {
            Messages.error("\"" + file.getFileName() + "\" is too large. " + Messages.sentence(e.getMessage()));
        } catch (RuntimeException e) {
            Problems.show(e, "store the upload");
        } finally {
            file = null;
        }
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

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
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

    public AssetCard getUploaded() {
        return uploaded;
    }

    public Long getDuplicateOf() {
        return duplicateOf;
    }

    public boolean isTentative() {
        return tentative;
    }

    public void setTentative(boolean tentative) {
        this.tentative = tentative;
    }
}
