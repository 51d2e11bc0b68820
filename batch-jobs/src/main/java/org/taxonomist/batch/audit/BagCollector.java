package org.taxonomist.batch.audit;

import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Tells the analyzer which bag's predictions are now on disk: {@link BagBatchlet} leaves the bag's
 * number in the partition's step context once it has written them (null before).
 */
@Named
@Dependent
public class BagCollector implements PartitionCollector {

    @Inject
    StepContext step;

    @Override
    public Serializable collectPartitionData() {
        return (Serializable) step.getTransientUserData();
    }
}
