package org.taxonomist.web;

import java.util.List;

/**
 * One asset's matching entries of a review queue: a row of the queue grouped by asset, decided a term at a time or
 * all at once.
 */
public record AssetEntries<R extends QueueRow>(long assetId, String label, List<R> entries) implements QueueRow {

    public AssetEntries {
        entries = List.copyOf(entries);
    }

    /** The row's key: an asset appears once per page. */
    @Override
    public long id() {
        return assetId;
    }
}
