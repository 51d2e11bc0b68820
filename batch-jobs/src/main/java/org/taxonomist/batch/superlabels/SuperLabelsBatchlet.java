package org.taxonomist.batch.superlabels;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.taxonomist.models.topics.TopicCountQuality;
import org.taxonomist.models.topics.TopicFit;
import org.taxonomist.models.topics.TopicSettings;
import org.taxonomist.models.topics.Topics;
import org.taxonomist.superlabel.AssetDocuments;
import org.taxonomist.superlabel.Documents;
import org.taxonomist.superlabel.SuperLabelRefit;

/**
 * Finds the super-labels: reads every asset's terms (a transaction per page), optionally compares
 * the coherence of several topic counts, fits the topics — outside any transaction, as a fit takes
 * up to a minute or two — and puts the super-labels they make in place of the last run's, keeping
 * librarians' decisions.
 */
@Named
@Dependent
public class SuperLabelsBatchlet extends AbstractBatchlet {

    @Inject
    AssetDocuments assetDocuments;

    @Inject
    SuperLabelRefit refit;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String method;

    @Inject
    @BatchProperty
    String topics;

    @Inject
    @BatchProperty
    String seed;

    @Inject
    @BatchProperty
    String compare;

    @Inject
    @BatchProperty
    String user;

    @Override
    public String process() {
        long start = System.nanoTime();
        Documents documents = Documents.read(assetDocuments).withoutRareTerms();
        if (documents.size() == 0) {
            return finish("No asset has terms or keywords shared with other assets yet: no super-labels.");
        }
        TopicSettings settings = TopicJobParameters.settings(method, topics, seed, documents.size());
        long read = System.nanoTime();
        String compared = compare(documents, settings);
        TopicFit fit = Topics.fit(documents.terms(), settings);
        long fitted = System.nanoTime();
        String by = "job " + job.getExecutionId() + " (" + (user == null ? "batch" : user) + ")";
        SuperLabelRefit.Outcome outcome = refit.replace(documents, fit, by);
        return finish(String.format(
                Locale.ROOT,
                "%d topics (%s, seed %d) over %d assets, NPMI %s: %d super-labels, %d found again "
                        + "(%d named), %d new, %d kept without a topic, %d removed; %d scores, %d suggestions from promoted super-labels%s; "
                        + "read in %.1f s, fitted in %.1f s, stored in %.1f s",
                settings.topics(),
                settings.method().name().toLowerCase(Locale.ROOT),
                settings.seed(),
                documents.size(),
                npmi(outcome.coherence() == null ? Double.NaN : outcome.coherence()),
                outcome.superLabels(),
                outcome.kept(),
                outcome.named(),
                outcome.added(),
                outcome.retired(),
                outcome.removed(),
                outcome.scores(),
                outcome.suggested(),
                compared,
                seconds(start, read),
                seconds(read, fitted),
                seconds(fitted, System.nanoTime())));
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** The coherence of each topic count asked for, stored for the console; "" when none was asked for. */
    private String compare(Documents documents, TopicSettings settings) {
        List<Integer> counts = TopicJobParameters.compared(compare);
        if (counts.isEmpty()) {
            return "";
        }
        List<TopicCountQuality> qualities = Topics.compareTopicCounts(documents.terms(), counts, settings);
        refit.recordComparison(settings.method(), qualities, documents.size());
        return "; NPMI by k: "
                + qualities.stream()
                        .map(q -> q.topics() + " → " + npmi(q.coherence()))
                        .collect(Collectors.joining(", "));
    }

    private static String npmi(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private String finish(String summary) {
        job.setExitStatus(summary);
        return summary;
    }
}
