package org.taxonomist.web.admin;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.Serializable;
import java.util.Date;
import org.taxonomist.web.Dates;

/** One execution of the train-heads job, as last read from the job repository (Models page). */
public record TrainingRun(long executionId, BatchStatus status, String exitStatus, String started, String ended)
        implements Serializable {

    static TrainingRun of(JobExecution execution) {
        return new TrainingRun(execution.getExecutionId(), execution.getBatchStatus(), execution.getExitStatus(),
                format(execution.getStartTime()), format(execution.getEndTime()));
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
