package org.taxonomist.batch.superlabels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taxonomist.batch.launch.JobLauncher;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.models.topics.TopicMethod;
import org.taxonomist.models.topics.TopicSettings;

class TopicJobParametersTest {

    @Test
    void theLauncherNormalisesTheSuperLabelParameters() {
        assertEquals(
                Map.of("method", "nmf", "topics", "4", "seed", "7", "compare", "10,20"),
                JobLauncher.checked(
                        "super-labels",
                        Map.of("method", " NMF", "topics", "4", "seed", "07", "compare", "10, 20,,10")));
        assertEquals(Map.of(), JobLauncher.checked("super-labels", Map.of("method", " ")), "blanks take the defaults");
    }

    @Test
    void badValuesAreRefusedWithTheReason() {
        assertTrue(assertThrows(
                        InvalidRequestException.class,
                        () -> JobLauncher.checked("super-labels", Map.of("method", "worst")))
                .getMessage()
                .contains("lda or nmf"));
        assertThrows(InvalidRequestException.class, () -> JobLauncher.checked("super-labels", Map.of("topics", "0")));
        assertThrows(InvalidRequestException.class, () -> JobLauncher.checked("super-labels", Map.of("topics", "201")));
        assertThrows(InvalidRequestException.class, () -> JobLauncher.checked("super-labels", Map.of("seed", "x")));
        assertThrows(
                InvalidRequestException.class,
                () -> JobLauncher.checked("super-labels", Map.of("compare", "1,2,3,4,5,6,7,8,9")));
        assertThrows(
                InvalidRequestException.class, () -> JobLauncher.checked("super-labels", Map.of("field", "Subject")));
        assertThrows(
                InvalidRequestException.class,
                () -> JobLauncher.checked("audit-labels", Map.of("field", "Subject", "method", "lda")),
                "the audit's method is still a suspicion method");
    }

    @Test
    void settingsFromTheParametersOrTheDefaults() {
        TopicSettings defaults = TopicJobParameters.settings(null, "", null, 200);
        assertEquals(TopicMethod.LDA, defaults.method());
        assertEquals(10, defaults.topics(), "k from the collection's size");
        assertEquals(TopicSettings.DEFAULT_SEED, defaults.seed());

        TopicSettings nmf = TopicJobParameters.settings("nmf", "4", "7", 200);
        assertEquals(List.of(TopicMethod.NMF, 4, 7L), List.of(nmf.method(), nmf.topics(), nmf.seed()));
        assertEquals(List.of(10, 20), TopicJobParameters.compared("10,20"));
        assertEquals(List.of(), TopicJobParameters.compared(null));
    }

    @Test
    void theDefaultTopicCountGrowsWithTheCollectionUpToTheSourceStudys() {
        assertEquals(TopicSettings.MIN_TOPICS, TopicSettings.topicsFor(5));
        assertEquals(10, TopicSettings.topicsFor(200));
        assertEquals(22, TopicSettings.topicsFor(1_000));
        assertEquals(TopicSettings.DEFAULT_TOPICS, TopicSettings.topicsFor(57_000));
    }
}
