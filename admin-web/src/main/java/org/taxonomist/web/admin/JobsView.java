package org.taxonomist.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.taxonomist.batch.LearntFields;
import org.taxonomist.batch.launch.JobLauncher;
import org.taxonomist.batch.monitor.JobHistory;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.batch.monitor.JobProblem;
import org.taxonomist.batch.monitor.JobReport;
import org.taxonomist.batch.retag.AssetScope;
import org.taxonomist.batch.schedule.JobSchedule;
import org.taxonomist.batch.schedule.ScheduleFiring;
import org.taxonomist.batch.schedule.Schedules;
import org.taxonomist.cluster.ServerNodes;
import org.taxonomist.cluster.ServerReport;
import org.taxonomist.models.audit.SuspicionMethod;
import org.taxonomist.web.ConsoleUser;
import org.taxonomist.web.Dates;
import org.taxonomist.web.Messages;
import org.taxonomist.web.Problems;

/**
 * The Jobs page (admin/jobs.xhtml, admins only): executions with live progress, their problems,
 * stop and restart; one form that runs a job now or saves it as a schedule; the schedules.
 */
@Named
@ViewScoped
public class JobsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN_EXECUTIONS = 30;
    private static final int SHOWN_PROBLEMS = 200;

    @Inject
    JobLauncher launcher;

    @Inject
    JobHistory history;

    @Inject
    JobMonitor monitor;

    @Inject
    Schedules schedules;

    @Inject
    ScheduleFiring firing;

    @Inject
    LearntFields learntFields;

    @Inject
    ConsoleUser user;

    @Inject
    ServerNodes servers;

    private List<JobReport> executions;
    private List<ServerReport> serverReports;
    private Long problemsOf;
    private List<JobProblem> problems = List.of();
    private List<String> fields;

    private String job = "retag";
    private String scope = AssetScope.ALL.label();
    private Integer threads;
    private String field;
    private String method = "";
    private boolean activate;
    private Integer topics;
    private Long seed;
    private String cron;
    private Long editing;

    @PostConstruct
    void init() {
        fields = learntFields.named(null);
        field = fields.isEmpty() ? null : fields.get(0);
        refresh();
    }

    /** The poll's listener: the executions (and the problems shown) and the servers as they are now. */
    public void refresh() {
        try {
            executions = history.recent(SHOWN_EXECUTIONS);
            serverReports = servers.report();
            if (problemsOf != null) {
                problems = monitor.problems(problemsOf, SHOWN_PROBLEMS);
            }
        } catch (RuntimeException e) {
            Problems.show(e, "read the job executions");
        }
    }

    public void runNow() {
        try {
            long id = launcher.start(job, parameters(), user.getName());
            Messages.info("Started " + job + " (execution " + id + ").");
            refresh();
        } catch (RuntimeException e) {
            Problems.show(e, "start " + job);
        }
    }

    public void stop(long executionId) {
        try {
            launcher.stop(executionId);
            Messages.info("Execution " + executionId + " stops after the work in hand.");
        } catch (RuntimeException e) {
            Problems.show(e, "stop execution " + executionId);
        }
        refresh();
    }

    public void restart(long executionId) {
        try {
            long restarted = launcher.restart(executionId);
            Messages.info(
                    "Execution " + executionId + " restarted from its last checkpoint as execution " + restarted + ".");
        } catch (RuntimeException e) {
            Problems.show(e, "restart execution " + executionId);
        }
        refresh();
    }

    /** An execution's parameters as the table's chips: "scope=all", and who started it, "by ana". */
    public List<String> chips(JobReport execution) {
        return execution.parameters().entrySet().stream()
                .map(p -> p.getKey().equals("user") ? "by " + p.getValue() : p.getKey() + "=" + p.getValue())
                .toList();
    }

    public void showProblems(long executionId) {
        problemsOf = executionId;
        refresh();
    }

    /** Saves the form as a new schedule, or into the schedule being edited. */
    public void saveSchedule() {
        try {
            if (editing == null) {
                JobSchedule created = schedules.create(job, cron, parameters(), false, user.getName());
                Messages.info("Scheduled " + job + " at '" + cron + "'; next run "
                        + Dates.format(created.getNextRunAt()) + ".");
            } else {
                JobSchedule schedule = schedules.get(editing);
                schedules.update(editing, job, cron, parameters(), schedule.isPaused());
                Messages.info("Schedule " + editing + " saved.");
                editing = null;
            }
        } catch (RuntimeException e) {
            Problems.show(e, "save the schedule");
        }
    }

    /** Puts a schedule into the form for editing. */
    public void edit(long id) {
        try {
            JobSchedule schedule = schedules.get(id);
            editing = id;
            job = schedule.getJob();
            cron = schedule.getCron();
            Map<String, String> p = schedule.getParameters();
            scope = p.getOrDefault("scope", AssetScope.ALL.label());
            threads = p.containsKey("threads") ? Integer.valueOf(p.get("threads")) : null;
            field = p.getOrDefault("field", field);
            method = p.getOrDefault("method", "");
            activate = Boolean.parseBoolean(p.get("activate"));
            topics = p.containsKey("topics") ? Integer.valueOf(p.get("topics")) : null;
            seed = p.containsKey("seed") ? Long.valueOf(p.get("seed")) : null;
        } catch (RuntimeException e) {
            Problems.show(e, "edit the schedule");
        }
    }

    public void cancelEdit() {
        editing = null;
    }

    public void togglePause(long id) {
        try {
            JobSchedule schedule = schedules.pause(id, !schedules.get(id).isPaused());
            Messages.info("Schedule " + id + (schedule.isPaused() ? " paused." : " resumed."));
        } catch (RuntimeException e) {
            Problems.show(e, "pause or resume the schedule");
        }
    }

    public void runSchedule(long id) {
        try {
            Messages.info(
                    "Schedule " + id + ": " + firing.runNow(id, user.getName()).getLastOutcome() + ".");
            refresh();
        } catch (RuntimeException e) {
            Problems.show(e, "run the schedule");
        }
    }

    public void delete(long id) {
        try {
            schedules.delete(id);
            Messages.info("Schedule " + id + " deleted.");
        } catch (RuntimeException e) {
            Problems.show(e, "delete the schedule");
        }
    }

    /** The form's parameters that the chosen job takes. */
    private Map<String, String> parameters() {
        Map<String, String> all = new TreeMap<>();
        all.put("scope", scope);
        all.put("threads", threads == null ? null : threads.toString());
        all.put("field", field);
        all.put("method", method);
        all.put("activate", Boolean.toString(activate));
        all.put("topics", topics == null ? null : topics.toString());
        all.put("seed", seed == null ? null : seed.toString());
        Map<String, String> taken = new TreeMap<>();
        all.forEach((name, value) -> {
            if (JobLauncher.parametersOf(job).contains(name) && value != null) {
                taken.put(name, value);
            }
        });
        return taken;
    }

    public static String when(Instant instant) {
        return Dates.format(instant);
    }

    /** "1 h 02 min", "3 min 05 s", "12 s". */
    public static String format(Duration duration) {
        if (duration == null) {
            return "—";
        }
        long s = duration.toSeconds();
        return s >= 3600
                ? String.format("%d h %02d min", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format("%d min %02d s", s / 60, s % 60) : s + " s";
    }

    public boolean takes(String parameter) {
        return JobLauncher.parametersOf(job).contains(parameter);
    }

    public List<String> getJobs() {
        return new ArrayList<>(JobLauncher.JOBS);
    }

    /** Only retagging and embedding go over stale assets (tagged by another model version); the other sweeps refuse them. */
    public boolean isStaleOffered() {
        return job.equals("retag") || job.equals("embed");
    }

    /** The chosen job's methods: the audit's suspicion scores, or the super-labels' topic models. */
    public List<String> getMethods() {
        return job.equals("super-labels")
                ? List.of("lda", "nmf")
                : Arrays.stream(SuspicionMethod.values())
                        .map(SuspicionMethod::label)
                        .toList();
    }

    /** Another job: a method of the last one would not suit it. */
    public void jobChanged() {
        method = "";
    }

    public List<JobReport> getExecutions() {
        return executions;
    }

    /** The servers on the database, which run the jobs' shared-out chunks. */
    public List<ServerReport> getServers() {
        return serverReports;
    }

    public boolean isAnyRunning() {
        return executions.stream().anyMatch(JobReport::running);
    }

    public List<JobSchedule> getSchedules() {
        return schedules.all();
    }

    public Long getProblemsOf() {
        return problemsOf;
    }

    public List<JobProblem> getProblems() {
        return problems;
    }

    public List<String> getFields() {
        return fields;
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Integer getThreads() {
        return threads;
    }

    public void setThreads(Integer threads) {
        this.threads = threads;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public boolean isActivate() {
        return activate;
    }

    public void setActivate(boolean activate) {
        this.activate = activate;
    }

    public Integer getTopics() {
        return topics;
    }

    public void setTopics(Integer topics) {
        this.topics = topics;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }

    public String getCron() {
        return cron;
    }

    public void setCron(String cron) {
        this.cron = cron;
    }

    public Long getEditing() {
        return editing;
    }
}
