package org.taxonomist.web.dam;

import java.io.Serializable;
import java.util.List;
import org.taxonomist.dam.reference.Asset;
import org.taxonomist.web.Dates;

/**
 * What the console shows of an asset: a serialisable copy, so view-scoped beans never hold JPA
 * entities across requests.
 *
 * @param via why a search listed it though its query does not match it ("via super-label …"); null otherwise
 * @param terms its field values, field by field
 */
public record AssetCard(
        long id,
        String title,
        String fileName,
        String keywords,
        String format,
        int width,
        int height,
        long byteSize,
        String createdAt,
        String createdBy,
        String via,
        List<Chip> terms)
        implements Serializable {

    /** Chips a grid tile shows before "+N". */
    static final int SHOWN_CHIPS = 4;

    /** One term of one field, as a tile's chip shows it. */
    public record Chip(String field, String term) implements Serializable {}

    public static AssetCard of(Asset asset) {
        return of(asset, null);
    }

    public static AssetCard of(Asset asset, String via) {
        return new AssetCard(
                asset.getId(),
                asset.getTitle(),
                asset.getFileName(),
                asset.getKeywords(),
                asset.getFormat(),
                asset.getWidth(),
                asset.getHeight(),
                asset.getByteSize(),
                Dates.format(asset.getCreatedAt()),
                asset.getCreatedBy(),
                via,
                asset.fieldValues().entrySet().stream()
                        .flatMap(e -> e.getValue().stream().map(t -> new Chip(e.getKey(), t)))
                        .toList());
    }

    /** The first {@value #SHOWN_CHIPS} terms. */
    public List<Chip> shownChips() {
        return terms.subList(0, Math.min(SHOWN_CHIPS, terms.size()));
    }

    /** How many terms the tile leaves out. */
    public int hiddenChips() {
        return Math.max(0, terms.size() - SHOWN_CHIPS);
    }

    /** The title when there is one, else the file name. */
    public String label() {
        return title == null || title.isBlank() ? fileName : title;
    }

    /** "1.2 MB", "340 KB". */
    public String size() {
        return byteSize >= 1_000_000
                ? String.format("%.1f MB", byteSize / 1e6)
                : Math.max(1, Math.round(byteSize / 1e3)) + " KB";
    }
}
