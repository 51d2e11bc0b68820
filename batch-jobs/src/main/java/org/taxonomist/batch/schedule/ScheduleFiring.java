package org.taxonomist.batch.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.taxonomist.batch.launch.JobLauncher;
import org.taxonomist.batch.monitor.JobHistory;
import org.taxonomist.dam.UnknownEntryException;

/**
 * Fires schedules: never while the execution of the schedule's previous firing still runs; a
 * firing missed while the server was down happens once when it is back; with several servers on
 * the database, on one of them. Jobs are started outside
 * any transaction (the batch runtime's chunk transactions cannot begin inside one), then the
 * firing is recorded.
 */
@ApplicationScoped
public class ScheduleFiring {

    private static final Logger LOG = Logger.getLogger(ScheduleFiring.class.getName());

    @Inject
    Schedules schedules;

    @Inject
    JobLauncher launcher;

    @Inject
    JobHistory history;

    /** Fires every schedule that is due (the {@link ScheduleClock}'s tick) and that no other server fired first. */
    public void fireDue(Instant now) {
        schedules.due(now).stream()
                .filter(schedule -> schedules.claim(schedule, now))
                .forEach(schedule ->
                        fire(schedule, "schedule " + schedule.getId() + " (" + schedule.getCreatedBy() + ")", now));
    }

    /** "Run now": fires the schedule at once, with the same rule. */
    public JobSchedule runNow(long id, String user) {
        return fire(schedules.get(id), user, Instant.now());
    }

    private JobSchedule fire(JobSchedule schedule, String user, Instant now) {
        Long last = schedule.getLastExecutionId();
        if (last != null && running(last)) {
            return schedules.fired(
                    schedule.getId(), null, "skipped at " + now + ": execution " + last + " still running", now);
        }
        try {
            long execution = launcher.start(schedule.getJob(), schedule.getParameters(), user);
            return schedules.fired(schedule.getId(), execution, "started execution " + execution, now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Schedule " + schedule.getId() + " could not start " + schedule.getJob(), e);
            return schedules.fired(schedule.getId(), null, "failed to start: " + e.getMessage(), now);
        }
    }

    private boolean running(long executionId) {
        try {
            return history.report(executionId).running();
        } catch (UnknownEntryException e) {
            return false;
        }
    }
}
