package org.taxonomist.web;

import jakarta.batch.runtime.BatchStatus;
import java.io.Serializable;
import org.taxonomist.batch.monitor.JobReport;

/**
 * A job execution as the dashboard lists it.
 *
 * @param percent progress 0–100; null for jobs that report none (batchlets) or before the first chunk
 */
public record RecentJob(long executionId, String job, BatchStatus status, String started, Integer percent)
        implements Serializable {

    static RecentJob of(JobReport report) {
        return new RecentJob(
                report.executionId(),
                report.job(),
                report.status(),
                Dates.format(report.started()),
                report.progress() == null ? null : report.progress().percent());
    }
}
