package org.taxonomist.web;

import jakarta.batch.runtime.BatchRuntime;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.taxonomist.batch.launch.JobLauncher;
import org.taxonomist.batch.monitor.JobMonitor;

/**
 * A batch job started from a console page, which the page polls until it ends (training on the
 * Models page, audits on the Corrections page, imports on the Import page).
 */
public class WatchedJob implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String job;
    /** How messages name it: "training", "audit". */
    private final String name;

    private JobRun run;
    /** "120 of 195 done (61 %), 3 skipped" for a job that counts its items (imports, retags); null for one that does not. */
    private String progress;

    public WatchedJob(String job, String name) {
        this.job = job;
        this.name = name;
    }

    /**
     * Starts the job through the launcher (which checks the parameters); {@code what} names it in the message.
     *
     * @return whether it started
     */
    public boolean start(JobLauncher launcher, Map<String, String> parameters, String user, String what) {
        try {
            long id = launcher.start(job, parameters, user);
            run = JobRun.of(BatchRuntime.getJobOperator().getJobExecution(id));
            progress = null;
            Messages.info("Started " + what + " (execution " + run.executionId() + ").");
            return true;
        } catch (RuntimeException e) {
            Problems.show(e, "start the " + name);
            return false;
        }
    }

    /**
     * The poll's listener: reads the job's status again, and says so in a message the one time it
     * is seen to end. A tick that was already queued when the job ended finds it ended and does
     * nothing, so the page does not reload twice (which would undo what the user picked meanwhile).
     *
     * @param monitor where a failed step left its reason, shown in the message
     * @return true when the job has just ended: the page reloads what it changed
     */
    public boolean refresh(JobMonitor monitor) {
        if (run == null || !run.running()) {
            return false;
        }
        try {
            run = JobRun.of(BatchRuntime.getJobOperator().getJobExecution(run.executionId()));
            progress = monitor.progress(run.executionId())
                    .map(p -> p.done() + " of " + p.total() + " done (" + p.percent() + " %)"
                            + (p.skipped() == 0 ? "" : ", " + p.skipped() + " skipped"))
                    .orElse(null);
        } catch (RuntimeException e) {
            Problems.show(e, "read the " + name + "'s status");
            PrimeFaces.current().ajax().update("messages");
            return false;
        }
        if (run.running()) {
            return false;
        }
        String result = run.exitStatus() == null ? run.status().name() : run.exitStatus();
        String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (run.failed()) {
            String reason = monitor.failureReason(run.executionId()).orElse(result + " (see the server log)");
            Messages.error(title + " " + run.status().name().toLowerCase() + ": " + Messages.sentence(reason));
        } else {
            Messages.info(title + " finished: " + result);
        }
        return true;
    }

    public boolean isRunning() {
        return run != null && run.running();
    }

    public boolean succeeded() {
        return run != null && !run.running() && !run.failed();
    }

    public JobRun getRun() {
        return run;
    }

    public String getProgress() {
        return progress;
    }
}
