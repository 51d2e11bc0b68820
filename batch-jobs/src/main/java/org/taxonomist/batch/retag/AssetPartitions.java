package org.taxonomist.batch.retag;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Splits the assets of a retag or embed run over {@code threads} partitions (job parameter, else
 * {@code taxonomist.batch.threads}, else the number of cores), all running at once: partition p
 * takes the asset ids equal to p modulo the number of partitions.
 *
 * <p>The plan overrides the previous execution's partitions on restart: the batch runtime cannot
 * restart the partitions of an execution cut off by a crash (it fails on the partition count it
 * never stored), so the readers keep their own checkpoints instead.
 */
@Named
@Dependent
public class AssetPartitions implements PartitionMapper {

    @Inject
    @ConfigProperty(name = "taxonomist.batch.threads", defaultValue = "0")
    int configuredThreads;

    @Inject
    @BatchProperty
    String threads;

    @Override
    public PartitionPlan mapPartitions() {
        int count = threads != null && !threads.isBlank()
                ? Integer.parseInt(threads.strip())
                : configuredThreads > 0
                        ? configuredThreads
                        : Runtime.getRuntime().availableProcessors();
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + count);
        }
        Properties[] partitions = new Properties[count];
        for (int p = 0; p < count; p++) {
            partitions[p] = new Properties();
            partitions[p].setProperty("partition", Integer.toString(p));
            partitions[p].setProperty("partitions", Integer.toString(count));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(partitions);
        plan.setPartitionsOverride(true);
        return plan;
    }
}
