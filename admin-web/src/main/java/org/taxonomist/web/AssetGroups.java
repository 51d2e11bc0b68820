package org.taxonomist.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A review queue's table grouped by asset: the rows of {@link QueueRows}, with its filter, a page of assets at a time. */
public class AssetGroups<R extends QueueRow> extends LazyDataModel<AssetEntries<R>> {

    private static final long serialVersionUID = 1L;

    private final QueueRows<?, R> rows;

    public AssetGroups(QueueRows<?, R> rows) {
        this.rows = rows;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, rows.matchingAssets());
    }

    @Override
    public List<AssetEntries<R>> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return rows.loadByAsset(first, pageSize);
    }

    @Override
    public String getRowKey(AssetEntries<R> row) {
        return String.valueOf(row.assetId());
    }

    @Override
    public AssetEntries<R> getRowData(String rowKey) {
        return QueueRows.withKey(getWrappedData(), rowKey);
    }
}
