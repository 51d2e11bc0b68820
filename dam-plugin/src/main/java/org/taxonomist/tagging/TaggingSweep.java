package org.taxonomist.tagging;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Every 30 seconds, once the model is loaded, hands waiting tagging tasks that no thread works on
 * back to the queue: no recorded upload stays untagged because its dispatch was lost.
 */
@Singleton
@TransactionManagement(
        TransactionManagementType.BEAN) // the tasks it submits carry its context; they begin their own transactions
public class TaggingSweep {

    @Inject
    ModelRuntime runtime;

    @Inject
    TaggingQueue queue;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void sweep() {
        if (runtime.isReady()) {
            queue.resumePending();
        }
    }
}
