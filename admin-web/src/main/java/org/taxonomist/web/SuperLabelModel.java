package org.taxonomist.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.taxonomist.superlabel.StoredTopicModel;
import org.taxonomist.superlabel.TopicCountCoherence;

/**
 * The last run's model and the last comparison of topic counts, as the Super-labels page shows
 * them; a serialisable copy. {@code fittedAt} is empty when the job has not run yet.
 */
public record SuperLabelModel(
        String method,
        int topics,
        long seed,
        int documents,
        String coherence,
        String fittedAt,
        String fittedBy,
        List<Compared> compared)
        implements Serializable {

    /** One topic count's coherence. */
    public record Compared(String method, int topics, String coherence, int documents, String measuredAt)
            implements Serializable {}

    static SuperLabelModel of(StoredTopicModel model, List<TopicCountCoherence> comparison) {
        List<Compared> compared = comparison.stream()
                .map(c -> new Compared(
                        c.getMethod().name().toLowerCase(Locale.ROOT),
                        c.getTopics(),
                        npmi(c.getCoherence()),
                        c.getDocuments(),
                        Dates.format(c.getMeasuredAt())))
                .toList();
        if (model == null) {
            return new SuperLabelModel("", 0, 0, 0, "", "", "", compared);
        }
        return new SuperLabelModel(
                model.getMethod().name().toLowerCase(Locale.ROOT),
                model.getTopics(),
                model.getSeed(),
                model.getDocuments(),
                npmi(model.getCoherence()),
                Dates.format(model.getFittedAt()),
                model.getFittedBy(),
                compared);
    }

    public boolean fitted() {
        return !fittedAt.isEmpty();
    }

    private static String npmi(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
