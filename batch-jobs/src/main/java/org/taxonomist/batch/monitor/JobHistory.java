package org.taxonomist.batch.monitor;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.taxonomist.dam.UnknownEntryException;

/**
 * Job executions from the job repository, with the progress and problems {@link JobMonitor} recorded.
 *
 * <p>An execution that the repository says is running but whose server died or restarted since was cut off by a
 * crash or kill ({@link ExecutionNodes}): nothing runs it any more, so it is reported as failed, and it can be
 * restarted from its last checkpoint, on any server.
 */
@ApplicationScoped
public class JobHistory {

    @Inject
    JobMonitor monitor;

    @Inject
    ExecutionNodes executionNodes;

    /** The most recent executions of all jobs, newest first. */
    public List<JobReport> recent(int limit) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobExecution> executions = new ArrayList<>();
        for (String job : operator.getJobNames()) {
            for (JobInstance instance : operator.getJobInstances(job, 0, limit)) {
                executions.addAll(operator.getJobExecutions(instance));
            }
        }
        return executions.stream()
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
                .limit(limit)
                .map(this::report)
                .toList();
    }

    /** @throws UnknownEntryException when there is no such execution */
    public JobReport report(long executionId) {
        try {
            return report(BatchRuntime.getJobOperator().getJobExecution(executionId));
        } catch (NoSuchJobExecutionException e) {
            throw new UnknownEntryException("There is no job execution " + executionId + ".");
        }
    }

    private static final EnumSet<BatchStatus> RUNNING =
            EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);
    static final String INTERRUPTED =
            "interrupted: its server stopped while it ran; restart it to go on from its last checkpoint";

    private JobReport report(JobExecution e) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Map<String, String> parameters = new TreeMap<>();
        if (e.getJobParameters() != null) {
            e.getJobParameters()
                    .stringPropertyNames()
                    .forEach(name -> parameters.put(name, e.getJobParameters().getProperty(name)));
        }
        long id = e.getExecutionId();
        boolean interrupted = RUNNING.contains(e.getBatchStatus())
                && e.getCreateTime() != null
                && executionNodes.cutOff(id, e.getCreateTime().toInstant());
        return new JobReport(
                id,
                e.getJobName(),
                interrupted ? BatchStatus.FAILED : e.getBatchStatus(),
                interrupted ? INTERRUPTED : e.getExitStatus(),
                instant(e.getStartTime()),
                instant(e.getEndTime()),
                parameters,
                monitor.progress(id).orElse(null),
                monitor.problemCount(id, false),
                operator.getJobExecutions(operator.getJobInstance(id)).stream()
                        .allMatch(other -> other.getExecutionId() <= id));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
