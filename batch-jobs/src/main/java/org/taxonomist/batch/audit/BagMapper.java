package org.taxonomist.batch.audit;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import org.taxonomist.training.ModelTraining;

/**
 * One partition per bag of the audit ({@code taxonomist.audit.bags}), as many at a time as there
 * are cores. Partitions are planned afresh on restart (the batch runtime cannot restart those of an
 * execution cut off by a crash): a bag whose predictions are on disk is not trained again anyway.
 */
@Named
@Dependent
public class BagMapper implements PartitionMapper {

    @Inject
    ModelTraining training;

    @Override
    public PartitionPlan mapPartitions() {
        int bags = training.auditSettings().bags();
        Properties[] partitions = new Properties[bags];
        for (int b = 0; b < bags; b++) {
            partitions[b] = new Properties();
            partitions[b].setProperty("bag", Integer.toString(b));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(bags);
        plan.setThreads(Math.min(bags, Runtime.getRuntime().availableProcessors()));
        plan.setPartitionProperties(partitions);
        plan.setPartitionsOverride(true);
        return plan;
    }
}
