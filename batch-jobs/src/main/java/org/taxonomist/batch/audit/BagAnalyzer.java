package org.taxonomist.batch.audit;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.TreeSet;
import java.util.logging.Logger;

/** Counts the bags whose predictions arrived, as the step's exit status ("bags done: [0, 2, 3]"). */
@Named
@Dependent
public class BagAnalyzer extends AbstractPartitionAnalyzer {

    private static final Logger LOG = Logger.getLogger(BagAnalyzer.class.getName());

    @Inject
    StepContext step;

    private final TreeSet<Integer> done = new TreeSet<>();

    @Override
    public void analyzeCollectorData(Serializable data) {
        if (data instanceof Integer bag) {
            done.add(bag);
            step.setExitStatus("bags done: " + done);
            LOG.info(() -> "Audit bag " + bag + " trained; bags done: " + done);
        }
    }
}
