package org.taxonomist.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.taxonomist.dam.reference.AssetCatalog;
import org.taxonomist.suggestion.SuggestionService;

/** The review queue, most confident first, a page at a time; with the label of each row's asset. */
public class PendingSuggestions extends LazyDataModel<SuggestionRow> {

    private final SuggestionService suggestions;
    private final AssetCatalog catalog;
    private final Map<Long, String> assetLabels = new HashMap<>();

    public PendingSuggestions(SuggestionService suggestions, AssetCatalog catalog) {
        this.suggestions = suggestions;
        this.catalog = catalog;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, suggestions.pendingCount());
    }

    @Override
    public List<SuggestionRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        List<SuggestionRow> page = suggestions.pending(first, pageSize).stream().map(SuggestionRow::of).toList();
        assetLabels.clear();
        for (SuggestionRow row : page) {
            assetLabels.computeIfAbsent(row.assetId(),
                    id -> catalog.find(id).map(a -> AssetCard.of(a).label()).orElse("(deleted asset " + id + ")"));
        }
        return page;
    }

    /** The title or file name of an asset on the current page. */
    public String assetLabel(long assetId) {
        return assetLabels.getOrDefault(assetId, "asset " + assetId);
    }

    @Override
    public String getRowKey(SuggestionRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public SuggestionRow getRowData(String rowKey) {
        List<SuggestionRow> page = getWrappedData();
        return page == null ? null : page.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
