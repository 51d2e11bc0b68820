package org.taxonomist.batch.monitor;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records the error a step failed with, so that the Jobs page can show it next to the execution. */
@Named
@Dependent
public class FailedSteps extends AbstractStepListener {

    @Inject
    JobMonitor monitor;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void afterStep() {
        Exception e = step.getException();
        if (e != null) {
            monitor.problem(job.getExecutionId(), null, null, step.getStepName() + ": " + e.getMessage());
        }
    }
}
