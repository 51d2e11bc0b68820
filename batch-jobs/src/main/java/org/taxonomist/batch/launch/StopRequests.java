package org.taxonomist.batch.launch;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.taxonomist.batch.monitor.ExecutionNodes;

/**
 * Every second, stops the executions this server runs that an admin asked to stop on another server
 * ({@link JobLauncher#stop}): they stop after the work in hand, as if asked here.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN) // the requests are taken in their own transaction
public class StopRequests {

    private static final Logger LOG = Logger.getLogger(StopRequests.class.getName());

    @Inject
    ExecutionNodes executions;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void take() {
        try {
            for (long executionId : executions.takeStopRequests()) {
                try {
                    BatchRuntime.getJobOperator().stop(executionId);
                    LOG.info(() -> "Execution " + executionId + " stops, as asked on another server");
                } catch (JobExecutionNotRunningException e) {
                    // It ended meanwhile: nothing left to stop.
                }
            }
        } catch (RuntimeException e) {
            // A database outage: the next second tries again.
            LOG.log(Level.WARNING, "Looking for stop requests failed: " + e.getMessage());
        }
    }
}
