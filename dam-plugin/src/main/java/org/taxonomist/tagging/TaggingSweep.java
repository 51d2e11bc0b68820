package org.taxonomist.tagging;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Every 5 seconds, once the model is loaded, claims waiting tagging tasks for this server's free
 * threads: no recorded upload stays untagged because its dispatch was lost or its server died, and
 * a bulk retag queued on another server gets this one's threads too.
 */
@Singleton
@TransactionManagement(
        TransactionManagementType.BEAN) // the tasks it submits carry its context; they begin their own transactions
public class TaggingSweep {

    @Inject
    ModelRuntime runtime;

    @Inject
    TaggingQueue queue;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void sweep() {
        if (runtime.isReady()) {
            queue.claimMore();
        }
    }
}
