package org.taxonomist.batch.launch;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.batch.monitor.ExecutionNodes;
import org.taxonomist.batch.monitor.JobHistory;
import org.taxonomist.batch.monitor.JobStateException;
import org.taxonomist.batch.retag.AssetScope;
import org.taxonomist.batch.superlabels.TopicJobParameters;
import org.taxonomist.cluster.ServerNodes;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.dam.reference.imports.ImportFolders;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.models.audit.SuspicionMethod;

/**
 * The one way jobs are started, stopped and restarted — from REST, the console or a schedule:
 * checks the job's name, parameters and state and gives clear errors before anything runs.
 *
 * <p>Parameters: {@code field} (train-heads: one field; audit-labels: required), {@code activate}
 * (train-heads), {@code method} (audit-labels: mse, worst or confident), {@code scope} (retag,
 * embed: all, new or stale; near-duplicates, read-text: new, their default, or all), {@code threads} (retag, embed, audit-labels' embedding: 1–64), {@code folder} (import: a folder
 * under {@code $TAXONOMIST_HOME/imports} with a manifest); super-labels: {@code method} (lda or nmf),
 * {@code topics}, {@code seed}, {@code compare} ({@link TopicJobParameters}); map: {@code seed}, {@code threads}.
 */
@ApplicationScoped
public class JobLauncher {

    @Inject
    AuditTrail audit;

    private static final UnaryOperator<String> AS_GIVEN = UnaryOperator.identity();
    private static final Map<String, UnaryOperator<String>> ASSET_SWEEP =
            Map.of("scope", value -> AssetScope.named(value).label(), "threads", JobLauncher::threads);

    /** Each job's parameters, each with what checks and normalises its value (or refuses it). */
    private static final Map<String, Map<String, UnaryOperator<String>>> PARAMETERS = Map.of(
            "retag", ASSET_SWEEP,
            "embed", ASSET_SWEEP,
            "near-duplicates", Map.of("scope", JobLauncher::newOrAll, "threads", JobLauncher::threads),
            "read-text", Map.of("scope", JobLauncher::newOrAll, "threads", JobLauncher::threads),
            "train-heads",
                    Map.of("field", AS_GIVEN, "activate", value -> Boolean.toString(Boolean.parseBoolean(value))),
            "audit-labels",
                    Map.of(
                            "field",
                            AS_GIVEN,
                            "method",
                            value -> SuspicionMethod.named(value).label(),
                            "threads",
                            JobLauncher::threads),
            "import", Map.of("folder", AS_GIVEN, "field", AS_GIVEN),
            "map", Map.of("seed", TopicJobParameters::seed, "threads", JobLauncher::threads),
            "super-labels",
                    Map.of(
                            "method",
                            TopicJobParameters::method,
                            "topics",
                            TopicJobParameters::topics,
                            "seed",
                            TopicJobParameters::seed,
                            "compare",
                            TopicJobParameters::compare));

    /** The parameters a job cannot run without, with the message when one is missing. */
    private static final Map<String, Map.Entry<String, String>> REQUIRED = Map.of(
            "audit-labels", Map.entry("field", "An audit needs a field to audit."),
            "import", Map.entry("folder", "An import needs the folder to import."));

    public static final Set<String> JOBS = new TreeSet<>(PARAMETERS.keySet());
    private static final int MAX_THREADS = 64;

    @Inject
    ImportFolders importFolders;

    @Inject
    JobHistory history;

    @Inject
    ExecutionNodes executionNodes;

    @Inject
    ServerNodes servers;

    /** The names of the parameters the job takes. */
    public static Set<String> parametersOf(String job) {
        return PARAMETERS.getOrDefault(job, Map.of()).keySet();
    }

    /**
     * The parameters in their stored form (names checked, values normalised, blanks dropped).
     *
     * @throws UnknownEntryException    no such job
     * @throws InvalidRequestException a parameter the job does not take, a bad value or a missing one
     */
    public static Map<String, String> checked(String job, Map<String, String> parameters) {
        if (!JOBS.contains(job)) {
            throw new UnknownEntryException("There is no job '" + job + "'; jobs: " + JOBS + ".");
        }
        Map<String, UnaryOperator<String>> taken = PARAMETERS.get(job);
        Map<String, String> checked = new TreeMap<>();
        parameters.forEach((name, value) -> {
            if (!taken.containsKey(name)) {
                throw new InvalidRequestException("The " + job + " job takes no parameter '" + name + "'; it takes "
                        + new TreeSet<>(taken.keySet()) + ".");
            }
            if (value != null && !value.isBlank()) {
                checked.put(name, checkedValue(taken.get(name), value.strip()));
            }
        });
        Map.Entry<String, String> required = REQUIRED.get(job);
        if (required != null && !checked.containsKey(required.getKey())) {
            throw new InvalidRequestException(required.getValue());
        }
        return checked;
    }

    /** The near-duplicates job goes through new assets (its default) or all; its pairs have nothing to be stale. */
    private static String newOrAll(String value) {
        AssetScope scope = AssetScope.named(value);
        if (scope == AssetScope.STALE) {
            throw new InvalidRequestException("This job goes over new assets or all of them, not stale ones.");
        }
        return scope.label();
    }

    /** A value is the client's: the models' own parsers (e.g. SuspicionMethod) refusing it is the client's mistake. */
    private static String checkedValue(UnaryOperator<String> check, String value) {
        try {
            return check.apply(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    private static String threads(String value) {
        int threads;
        try {
            threads = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            threads = 0;
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new InvalidRequestException(
                    "threads must be a whole number from 1 to " + MAX_THREADS + ", not '" + value + "'.");
        }
        return Integer.toString(threads);
    }

    /** Starts the job; its execution id. */
    public long start(String job, Map<String, String> parameters, String user) {
        Map<String, String> checked = checked(job, parameters);
        if (checked.containsKey("folder")) {
            importFolders.folder(checked.get("folder"));
        }
        Properties properties = new Properties();
        checked.forEach(properties::setProperty);
        properties.setProperty("user", user);
        long execution = BatchRuntime.getJobOperator().start(job, properties);
        executionNodes.ranHere(execution);
        audit.recordFor(
                user, "job.start", job + " (execution " + execution + ")", null, new TreeMap<>(checked).toString());
        return execution;
    }

    /**
     * Asks a running execution to stop after the work in hand (a step's current batchlet or chunk). One that another
     * server runs is stopped by that server, which looks for such requests every second ({@link StopRequests}): the
     * batch runtime stops only the executions of its own process.
     *
     * @throws JobStateException it is not running
     */
    public void stop(long executionId) {
        if (!history.report(executionId).running()) {
            throw new JobStateException("Execution " + executionId + " is not running.");
        }
        if (executionNodes
                .owner(executionId)
                .filter(owner -> !owner.equals(servers.self()))
                .isPresent()) {
            executionNodes.requestStop(executionId);
            return;
        }
        try {
            BatchRuntime.getJobOperator().stop(executionId);
        } catch (JobExecutionNotRunningException e) {
            throw new JobStateException("Execution " + executionId + " is not running.");
        }
    }

    /**
     * Runs a stopped or failed execution again, with its parameters, from where it ended; the new
     * execution's id.
     *
     * @throws JobStateException it is still running, complete, or not its job's latest execution
     */
    public long restart(long executionId) {
        if (history.report(executionId).running()) {
            throw new JobStateException("Execution " + executionId + " is still running.");
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            long execution = operator.restart(executionId, operator.getParameters(executionId));
            executionNodes.ranHere(execution);
            return execution;
        } catch (JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException | JobRestartException e) {
            throw new JobStateException("Execution " + executionId + " cannot be restarted: " + e.getMessage());
        }
    }
}
