package org.taxonomist.batch.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A job an admin has scheduled: which job, with which parameters, when (cron, in the server's time zone). */
@Entity
@Table(name = "tx_job_schedule")
public class JobSchedule {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 40)
    private String job;

    @Column(nullable = false, length = 100)
    private String cron;

    /** {@code name=value} lines (values checked by JobLauncher: no line breaks). */
    @Column(nullable = false, length = 1000)
    private String parameters;

    private boolean paused;

    /** When it fires next; null while paused. */
    private Instant nextRunAt;

    private Long lastExecutionId;

    private Instant lastFiredAt;

    /** What the last firing did: started an execution, or why it did not. */
    @Column(length = 500)
    private String lastOutcome;

    @Column(nullable = false)
    private String createdBy;

    @Version
    private long version;

    protected JobSchedule() {}

    JobSchedule(
            String job,
            CronExpression cron,
            Map<String, String> parameters,
            boolean paused,
            String createdBy,
            Instant now) {
        this.createdBy = createdBy;
        define(job, cron, parameters, paused, now);
    }

    void define(String job, CronExpression cron, Map<String, String> parameters, boolean paused, Instant now) {
        this.job = job;
        this.cron = cron.toString().strip();
        this.parameters = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        this.paused = paused;
        this.nextRunAt = paused ? null : next(now);
    }

    /** Records a firing (an execution started, or the reason none was) and moves to the next time. */
    void fired(Long executionId, String outcome, Instant now) {
        if (executionId != null) {
            lastExecutionId = executionId;
        }
        lastFiredAt = now;
        lastOutcome = outcome;
        nextRunAt = paused ? null : next(now);
    }

    /** When it is due next after {@code now}. */
    Instant next(Instant now) {
        return CronExpression.parse(cron)
                .next(now.atZone(ZoneId.systemDefault()))
                .toInstant();
    }

    public Long getId() {
        return id;
    }

    public String getJob() {
        return job;
    }

    public String getCron() {
        return cron;
    }

    public Map<String, String> getParameters() {
        return parameters.isEmpty()
                ? Map.of()
                : Arrays.stream(parameters.split("\n"))
                        .collect(Collectors.toMap(
                                l -> l.substring(0, l.indexOf('=')),
                                l -> l.substring(l.indexOf('=') + 1),
                                (a, b) -> b,
                                TreeMap::new));
    }

    public boolean isPaused() {
        return paused;
    }

    public Instant getNextRunAt() {
        return nextRunAt;
    }

    public Long getLastExecutionId() {
        return lastExecutionId;
    }

    public Instant getLastFiredAt() {
        return lastFiredAt;
    }

    public String getLastOutcome() {
        return lastOutcome;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
