package org.taxonomist.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.util.Callbacks;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.decision.QueueFilter;
import org.taxonomist.decision.ReviewQueue;

/**
 * The entries of a review queue that match the page's filter, most confident first, loaded a page at a time, with
 * the label of each row's asset.
 */
public class QueueRows<E extends ReviewQueue.Entry, R extends QueueRow> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;
    /** An asset's row shows at most this many of its entries (a field of many terms can suggest dozens). */
    static final int MAX_PER_ASSET = 50;

    private final ReviewQueue<E> queue;
    private final Callbacks.SerializableFunction<E, R> row;
    private final DamAdapter dam;
    private final Map<Long, String> assetLabels = new HashMap<>();
    private QueueFilter filter = QueueFilter.pending();

    public QueueRows(ReviewQueue<E> queue, Callbacks.SerializableFunction<E, R> row, DamAdapter dam) {
        this.queue = queue;
        this.row = row;
        this.dam = dam;
    }

    void filter(QueueFilter newFilter) {
        filter = newFilter;
    }

    QueueFilter filter() {
        return filter;
    }

    /** How many entries the filter matches. */
    long matching() {
        return queue.count(filter);
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, matching());
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        List<R> page = queue.find(filter, first, pageSize).stream().map(row).toList();
        assetLabels.clear();
        for (R r : page) {
            assetLabels.computeIfAbsent(r.assetId(), this::label);
        }
        return page;
    }

    /** How many assets have matching entries: the rows of the queue grouped by asset. */
    long matchingAssets() {
        return queue.assetCount(filter);
    }

    /** A page of the queue grouped by asset: each asset with its matching entries, the most confident asset first. */
    List<AssetEntries<R>> loadByAsset(int first, int pageSize) {
        assetLabels.clear();
        return queue.assetIds(filter, first, pageSize).stream()
                .map(id -> new AssetEntries<>(
                        id,
                        assetLabels.computeIfAbsent(id, this::label),
                        queue.find(filter.forAsset(id), 0, MAX_PER_ASSET).stream()
                                .map(row)
                                .toList()))
                .toList();
    }

    private String label(long assetId) {
        return dam.asset(assetId).map(DamAsset::label).orElse("(deleted asset " + assetId + ")");
    }

    /**
     * The first {@code n} matching entries, each described and named by its asset, then "and N more": what a bulk
     * confirmation lists before a librarian decides them all.
     */
    String firstMatching(int n, Function<R, String> describe) {
        List<R> first = queue.find(filter, 0, n).stream().map(row).toList();
        String named = first.stream()
                .map(r -> describe.apply(r) + " on "
                        + dam.asset(r.assetId()).map(DamAsset::label).orElse("asset " + r.assetId()))
                .collect(Collectors.joining("; "));
        long more = matching() - first.size();
        return more > 0 ? named + " and " + more + " more" : named;
    }

    /** The title or file name of an asset on the current page. */
    public String assetLabel(long assetId) {
        return assetLabels.getOrDefault(assetId, "asset " + assetId);
    }

    @Override
    public String getRowKey(R r) {
        return String.valueOf(r.id());
    }

    @Override
    public R getRowData(String rowKey) {
        return withKey(getWrappedData(), rowKey);
    }

    /** The row of the page whose asset or entry id is {@code rowKey}; null when the page has none. */
    static <T extends QueueRow> T withKey(List<T> page, String rowKey) {
        return page == null
                ? null
                : page.stream()
                        .filter(r -> String.valueOf(r.id()).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
