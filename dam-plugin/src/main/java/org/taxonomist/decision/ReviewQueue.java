package org.taxonomist.decision;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A queue of entries librarians approve or reject (suggestions, corrections, and the queues to come).
 * REST ({@code rest.ReviewQueueResource}), the console and bulk decisions work on any queue through this.
 */
public interface ReviewQueue<E extends ReviewQueue.Entry> {

    /** An entry of a queue: what its {@link Review} says. */
    interface Entry {
        ReviewStatus getStatus();
    }

    /** @throws org.taxonomist.dam.UnknownEntryException when there is no such entry */
    E get(long id);

    /**
     * Approves or rejects one entry in its own transaction and applies what an approval means.
     *
     * @throws org.taxonomist.dam.UnknownEntryException when there is no such entry
     * @throws DecisionConflictException when it was decided otherwise before
     */
    E decide(long id, Decision decision, String user);

    /** Matching entries, most confident first. */
    List<E> find(QueueFilter filter, int offset, int limit);

    /** How many entries match: what the page shows and "decide all N matching" confirms. */
    long count(QueueFilter filter);

    /** The ids of every matching entry, most confident first: what "decide all matching" decides. */
    List<Long> ids(QueueFilter filter);

    /** The assets with matching entries, the one with the most confident entry first: a page of the queue by asset. */
    List<Long> assetIds(QueueFilter filter, int offset, int limit);

    /** How many assets have matching entries. */
    long assetCount(QueueFilter filter);

    /** Of these assets, those with matching entries and how many each has: the badges of a page of the asset grid. */
    Map<Long, Long> countPerAsset(QueueFilter filter, Collection<Long> assetIds);
}
