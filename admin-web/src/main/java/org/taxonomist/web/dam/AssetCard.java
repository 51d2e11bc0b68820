package org.taxonomist.web.dam;

import java.io.Serializable;
import org.taxonomist.dam.reference.Asset;
import org.taxonomist.web.Dates;

/**
 * What the console shows of an asset: a serialisable copy, so view-scoped beans never hold JPA
 * entities across requests.
 *
 * @param via why a search listed it though its query does not match it ("via super-label …"); null otherwise
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
        String via)
        implements Serializable {

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
                via);
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
