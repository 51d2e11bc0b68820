package org.taxonomist.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;

/** A queue of rows about assets (suggestions, corrections), loaded a page at a time, with the label of each row's asset. */
public abstract class AssetRows<T> extends LazyDataModel<T> {

    private final DamAdapter dam;
    private final Map<Long, String> assetLabels = new HashMap<>();

    protected AssetRows(DamAdapter dam) {
        this.dam = dam;
    }

    protected abstract long total();

    protected abstract List<T> page(int first, int pageSize);

    protected abstract long rowId(T row);

    protected abstract long assetId(T row);

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        List<T> page = page(first, pageSize);
        assetLabels.clear();
        for (T row : page) {
            assetLabels.computeIfAbsent(
                    assetId(row), id -> dam.asset(id).map(DamAsset::label).orElse("(deleted asset " + id + ")"));
        }
        return page;
    }

    /** The title or file name of an asset on the current page. */
    public String assetLabel(long assetId) {
        return assetLabels.getOrDefault(assetId, "asset " + assetId);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowId(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> page = getWrappedData();
        return page == null
                ? null
                : page.stream()
                        .filter(r -> getRowKey(r).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
