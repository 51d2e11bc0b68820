package org.taxonomist.tagging;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every 30 seconds, once the model is loaded, hands waiting tagging tasks that no thread works on
 * back to the queue: no recorded upload stays untagged because its dispatch was lost.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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
