package org.taxonomist.tagging;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Every second, once the model is loaded, claims waiting tagging tasks for this server's free
 * threads: no recorded upload stays untagged because its dispatch was lost or its server died, and
 * a bulk retag or a retag job's chunk queued on another server gets this one's threads too. Every
 * second because a chunk of 20 shared by two servers is tagged in a few seconds: a server that
 * looked less often would join each chunk late. A server with no thread free does not query.
 */
@Singleton
@TransactionManagement(
        TransactionManagementType.BEAN) // the tasks it submits carry its context; they begin their own transactions
public class TaggingSweep {

    @Inject
    ModelRuntime runtime;

    @Inject
    TaggingQueue queue;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void sweep() {
        if (runtime.isReady()) {
            queue.claimMore();
        }
    }
}
