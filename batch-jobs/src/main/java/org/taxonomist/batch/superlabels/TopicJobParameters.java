package org.taxonomist.batch.superlabels;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.models.topics.TopicMethod;
import org.taxonomist.models.topics.TopicSettings;

/**
 * The {@code super-labels} job's parameters, checked by the launcher and read by the batchlet:
 * {@code method} (lda, the default, or nmf), {@code topics} (k; by default from the collection's size,
 * {@link TopicSettings#topicsFor}), {@code seed} (42 by
 * default) and {@code compare} (topic counts to compare before fitting, e.g. "10,20,30,40").
 */
public final class TopicJobParameters {

    static final int MAX_TOPICS = 200;
    static final int MAX_COMPARED = 8;

    private TopicJobParameters() {}

    /** "lda" or "nmf", whatever the letter case. */
    public static String method(String value) {
        try {
            return TopicMethod.valueOf(value.strip().toUpperCase(Locale.ROOT))
                    .name()
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("method must be lda or nmf, not '" + value + "'.");
        }
    }

    public static String topics(String value) {
        return Integer.toString(topicCount(value));
    }

    public static String seed(String value) {
        try {
            return Long.toString(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("seed must be a whole number, not '" + value + "'.");
        }
    }

    /** "10, 20,30" → "10,20,30": at most {@value #MAX_COMPARED} counts, each from 1 to {@value #MAX_TOPICS}. */
    public static String compare(String value) {
        List<String> counts = Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(TopicJobParameters::topics)
                .distinct()
                .toList();
        if (counts.isEmpty() || counts.size() > MAX_COMPARED) {
            throw new InvalidRequestException(
                    "compare lists 1 to " + MAX_COMPARED + " topic counts, such as 10,20,30; not '" + value + "'.");
        }
        return String.join(",", counts);
    }

    /** The fit's settings from the (checked) parameters for a collection of {@code documents}; blanks take the defaults. */
    static TopicSettings settings(String method, String topics, String seed, int documents) {
        TopicSettings settings =
                blank(method) || method(method).equals("lda") ? TopicSettings.lda() : TopicSettings.nmf();
        return settings.withTopics(blank(topics) ? TopicSettings.topicsFor(documents) : topicCount(topics))
                .withSeed(blank(seed) ? TopicSettings.DEFAULT_SEED : Long.parseLong(seed(seed)));
    }

    /** The counts of a checked {@code compare}; none when blank. */
    static List<Integer> compared(String compare) {
        return blank(compare)
                ? List.of()
                : Arrays.stream(compare(compare).split(","))
                        .map(Integer::valueOf)
                        .toList();
    }

    private static int topicCount(String value) {
        int topics;
        try {
            topics = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            topics = 0;
        }
        if (topics < 1 || topics > MAX_TOPICS) {
            throw new InvalidRequestException(
                    "topics must be a whole number from 1 to " + MAX_TOPICS + ", not '" + value + "'.");
        }
        return topics;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
