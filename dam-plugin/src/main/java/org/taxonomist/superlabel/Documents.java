package org.taxonomist.superlabel;

import java.util.ArrayList;
import java.util.List;

/**
 * The collection as topics see it: every asset that has at least one term (the others give the
 * topics nothing to go on), in id order; document i belongs to asset {@code assetIds().get(i)}.
 */
public record Documents(List<Long> assetIds, List<List<String>> terms) {

    /** Reads the whole collection, one transaction per page. */
    public static Documents read(AssetDocuments source) {
        List<Long> ids = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        for (AssetDocuments.Page page = source.after(0);
                !page.documents().isEmpty();
                page = source.after(page.lastAssetId())) {
            for (AssetDocuments.Document document : page.documents()) {
                if (!document.terms().isEmpty()) {
                    ids.add(document.assetId());
                    terms.add(document.terms());
                }
            }
        }
        return new Documents(List.copyOf(ids), List.copyOf(terms));
    }

    public int size() {
        return assetIds.size();
    }
}
