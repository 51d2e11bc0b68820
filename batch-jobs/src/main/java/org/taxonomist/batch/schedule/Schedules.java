package org.taxonomist.batch.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.batch.launch.JobLauncher;
import org.taxonomist.dam.UnknownEntryException;

/** Admins' job schedules, kept in the database so that they survive restarts ({@link ScheduleFiring} fires them). */
@ApplicationScoped
public class Schedules {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<JobSchedule> all() {
        return em.createQuery("select s from JobSchedule s order by s.id", JobSchedule.class)
                .getResultList();
    }

    /** @throws UnknownEntryException when there is no such schedule */
    public JobSchedule get(long id) {
        JobSchedule schedule = em.find(JobSchedule.class, id);
        if (schedule == null) {
            throw new UnknownEntryException("There is no schedule " + id + ".");
        }
        return schedule;
    }

    /** @throws org.taxonomist.failure.InvalidRequestException a bad cron expression, job or parameter */
    @Transactional
    public JobSchedule create(String job, String cron, Map<String, String> parameters, boolean paused, String user) {
        JobSchedule schedule = new JobSchedule(
                job, CronExpression.parse(cron), JobLauncher.checked(job, parameters), paused, user, Instant.now());
        em.persist(schedule);
        em.flush(); // the id names the schedule in the audit log
        audit.recordFor(user, "schedule.create", "schedule " + schedule.getId(), null, describe(schedule));
        return schedule;
    }

    @Transactional
    public JobSchedule update(long id, String job, String cron, Map<String, String> parameters, boolean paused) {
        JobSchedule schedule = get(id);
        String before = describe(schedule);
        schedule.define(job, CronExpression.parse(cron), JobLauncher.checked(job, parameters), paused, Instant.now());
        audit.record("schedule.update", "schedule " + id, before, describe(schedule));
        return schedule;
    }

    @Transactional
    public JobSchedule pause(long id, boolean paused) {
        JobSchedule schedule = get(id);
        String before = describe(schedule);
        schedule.define(
                schedule.getJob(),
                CronExpression.parse(schedule.getCron()),
                schedule.getParameters(),
                paused,
                Instant.now());
        audit.record(paused ? "schedule.pause" : "schedule.resume", "schedule " + id, before, describe(schedule));
        return schedule;
    }

    @Transactional
    public void delete(long id) {
        JobSchedule schedule = get(id);
        audit.record("schedule.delete", "schedule " + id, describe(schedule), null);
        em.remove(schedule);
    }

    private static String describe(JobSchedule schedule) {
        return schedule.getJob() + " at '" + schedule.getCron() + "' " + schedule.getParameters()
                + (schedule.isPaused() ? ", paused" : "");
    }

    /** The schedules due at {@code now}, not paused. */
    public List<JobSchedule> due(Instant now) {
        return em.createQuery(
                        "select s from JobSchedule s where s.paused = false and s.nextRunAt <= :now", JobSchedule.class)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Takes a due firing for this server: moves the schedule on to its next time, unless another server on the
     * database did so first (every server's clock ticks); whether this server fires it.
     */
    @Transactional
    public boolean claim(JobSchedule due, Instant now) {
        return em.createQuery("update JobSchedule s set s.nextRunAt = :next where s.id = :id and s.nextRunAt = :due")
                        .setParameter("next", due.next(now))
                        .setParameter("id", due.getId())
                        .setParameter("due", due.getNextRunAt())
                        .executeUpdate()
                == 1;
    }

    /** Records a firing and moves the schedule to its next time. */
    @Transactional
    public JobSchedule fired(long id, Long executionId, String outcome, Instant now) {
        JobSchedule schedule = get(id);
        schedule.fired(executionId, outcome, now);
        return schedule;
    }
}
