package org.taxonomist.web;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.Serializable;
import java.util.Date;

/** One execution of a batch job, as last read from the job repository (the Models and Corrections pages poll it). */
public record JobRun(long executionId, BatchStatus status, String exitStatus, String started, String ended)
        implements Serializable {

    public static JobRun of(JobExecution execution) {
        return new JobRun(
                execution.getExecutionId(),
                execution.getBatchStatus(),
                execution.getExitStatus(),
                format(execution.getStartTime()),
                format(execution.getEndTime()));
    }

    private static String format(Date date) {
        return date == null ? "" : Dates.format(date.toInstant());
    }

    /** Still starting or running: the page keeps polling. */
    public boolean running() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    public boolean failed() {
        return status == BatchStatus.FAILED || status == BatchStatus.ABANDONED || status == BatchStatus.STOPPED;
    }
}
