package org.taxonomist.web.dam;

import java.io.Serializable;
import java.util.List;
import org.taxonomist.dam.reference.AssetCatalog;
import org.taxonomist.similar.SimilarImages;
import org.taxonomist.similar.SimilarImages.Similar;

/**
 * The asset page's "Similar images": the assets whose pictures are nearest to this one's, with their similarity,
 * narrowed to those carrying a field's term or to those still unlabelled in a field ("similar, and still
 * unlabelled": where one label decision can be copied to its look-alikes).
 */
public class SimilarImagesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Look-alikes shown: one row or two of thumbnails. */
    static final int SHOWN = 12;

    /** A look-alike and how similar its picture is, in percent of cosine similarity. */
    public record Lookalike(AssetCard card, long percent) implements Serializable {}

    private final long assetId;
    private final List<FieldChoice> fields;
    private String field;
    private String term;
    private String unlabelledIn;
    private List<Lookalike> lookalikes = List.of();
    private String unavailable;

    SimilarImagesPanel(long assetId, List<FieldChoice> fields) {
        this.assetId = assetId;
        this.fields = fields;
    }

    /** Asks the index again with the panel's narrowing. */
    void read(SimilarImages similarImages, AssetCatalog catalog) {
        Similar similar =
                similarImages.ofAsset(assetId, new SimilarImages.Narrowing("", field, term, unlabelledIn, null), SHOWN);
        unavailable = similar.unavailable();
        lookalikes = similar.neighbours().page().stream()
                .flatMap(n ->
                        catalog
                                .find(n.assetId())
                                .map(a -> new Lookalike(AssetCard.of(a), Math.round(100 * n.similarity())))
                                .stream())
                .toList();
    }

    public List<Lookalike> getLookalikes() {
        return lookalikes;
    }

    /** Why there can be no look-alikes yet (the image is not embedded, …); null when the search ran. */
    public String getUnavailable() {
        return unavailable;
    }

    public List<FieldChoice> getFields() {
        return fields;
    }

    /** The chosen field's terms. */
    public List<String> getTerms() {
        return fields.stream()
                .filter(f -> f.name().equals(field))
                .findFirst()
                .map(FieldChoice::terms)
                .orElse(List.of());
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        if (field == null || !field.equals(this.field)) {
            term = null;
        }
        this.field = field;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getUnlabelledIn() {
        return unlabelledIn;
    }

    public void setUnlabelledIn(String unlabelledIn) {
        this.unlabelledIn = unlabelledIn;
    }
}
