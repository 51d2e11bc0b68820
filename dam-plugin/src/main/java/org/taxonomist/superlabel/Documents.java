package org.taxonomist.superlabel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The collection as topics see it: every asset that has at least one term (the others give the
 * topics nothing to go on), in id order; document i belongs to asset {@code assetIds().get(i)}.
 */
public record Documents(List<Long> assetIds, List<List<String>> terms) {

    static final int MIN_ASSETS_PER_TERM = 3;

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

    /**
     * Terms on at least {@value #MIN_ASSETS_PER_TERM} assets ("min document frequency"), and the assets left with
     * any. A term on one or two assets cannot make a topic, but it can give one its name (an illustrator's name on
     * two drawings); dropping them is the usual first step of topic modelling.
     */
    public Documents withoutRareTerms() {
        Map<String, Integer> assetsPerTerm = new HashMap<>();
        terms.forEach(document -> document.forEach(t -> assetsPerTerm.merge(t, 1, Integer::sum)));
        List<Long> ids = new ArrayList<>();
        List<List<String>> kept = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            List<String> common = terms.get(i).stream()
                    .filter(t -> assetsPerTerm.get(t) >= MIN_ASSETS_PER_TERM)
                    .toList();
            if (!common.isEmpty()) {
                ids.add(assetIds.get(i));
                kept.add(common);
            }
        }
        return new Documents(List.copyOf(ids), List.copyOf(kept));
    }

    public int size() {
        return assetIds.size();
    }
}
