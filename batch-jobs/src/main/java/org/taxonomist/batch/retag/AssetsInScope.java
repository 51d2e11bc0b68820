package org.taxonomist.batch.retag;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.taxonomist.batch.LearntFields;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.suggestion.SuggestionService;
import org.taxonomist.tagging.Tagger;

/** The ids of the assets in a scope, ascending (the order readers checkpoint in). */
@Dependent
public class AssetsInScope {

    /** Job instances looked at for the last successful run. */
    private static final int HISTORY = 200;

    @Inject
    DamAdapter dam;

    @Inject
    SuggestionService suggestions;

    @Inject
    Tagger tagger;

    @Inject
    LearntFields fields;

    /**
     * In a transaction of its own if the caller has none: a partition's reader opens outside one, and
     * an entity manager used there outlives the partition on its pooled thread.
     */
    @Transactional
    public List<Long> ids(String job, AssetScope scope) {
        return switch (scope) {
            case ALL -> dam.assetIdsChangedSince(null);
            case NEW -> dam.assetIdsChangedSince(lastSuccess(job).orElse(null));
            case STALE -> {
                TreeSet<Long> stale = new TreeSet<>();
                tagger.activeSources()
                        .forEach((field, source) -> stale.addAll(suggestions.assetIdsSuggestedByOthers(field, source)));
                yield List.copyOf(stale);
            }
        };
    }

    /**
     * The ids of the assets with a term in the field (the ones an audit of it judges), ascending.
     *
     * @throws org.taxonomist.dam.UnknownEntryException when heads learn no such field
     */
    @Transactional
    public List<Long> labelled(String field) {
        return dam.assetsLabelled(fields.named(field).get(0)).stream()
                .map(DamAsset::id)
                .sorted()
                .toList();
    }

    /** When the last completed run of the job over all or new assets started. */
    private Optional<Instant> lastSuccess(String job) {
        var operator = BatchRuntime.getJobOperator();
        if (!operator.getJobNames().contains(job)) {
            return Optional.empty();
        }
        Instant last = null;
        for (JobInstance instance : operator.getJobInstances(job, 0, HISTORY)) {
            for (JobExecution execution : operator.getJobExecutions(instance)) {
                String scope = Objects.toString(execution.getJobParameters().getProperty("scope"), "");
                Date started = execution.getStartTime();
                if (execution.getBatchStatus() == BatchStatus.COMPLETED
                        && AssetScope.named(scope) != AssetScope.STALE
                        && started != null
                        && (last == null || started.toInstant().isAfter(last))) {
                    last = started.toInstant();
                }
            }
        }
        return Optional.ofNullable(last);
    }
}
