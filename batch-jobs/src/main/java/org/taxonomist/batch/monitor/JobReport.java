package org.taxonomist.batch.monitor;

import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One job execution as the Jobs page and the REST API show it.
 *
 * @param progress null for jobs that report none (batchlets) or before the first chunk
 * @param problems skipped assets and step failures recorded for the execution
 * @param latest whether it is its job instance's latest execution: only that one can be restarted
 */
public record JobReport(
        long executionId,
        String job,
        BatchStatus status,
        String exitStatus,
        Instant started,
        Instant ended,
        Map<String, String> parameters,
        Progress progress,
        long problems,
        boolean latest) {

    public boolean running() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    /**
     * Failed or stopped, and not restarted since: it can be restarted from its last checkpoint (the batch runtime
     * refuses to restart an execution its instance has gone on from).
     */
    public boolean restartable() {
        return latest && (status == BatchStatus.FAILED || status == BatchStatus.STOPPED);
    }

    /** Run time so far, or in all once ended; null before it started. */
    public Duration duration() {
        return started == null ? null : Duration.between(started, ended == null ? Instant.now() : ended);
    }
}
