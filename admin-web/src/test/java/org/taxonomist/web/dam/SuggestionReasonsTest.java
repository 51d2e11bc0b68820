package org.taxonomist.web.dam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.taxonomist.web.admin.TermRow;

class SuggestionReasonsTest {

    private static final TermRow VEHICLES = new TermRow("Vehicles", 0.9, 0.84, 0.869, 34, 0.62);

    @Test
    void aSuggestionAboveItsThresholdSaysSoWithTheTermsOutOfBagScores() {
        assertEquals(
                "above its threshold 62 % · F1 0.87 on 34 labelled assets (precision 0.90, recall 0.84)",
                SuggestionReasons.fromModel(0.8, VEHICLES, 0.3));
    }

    @Test
    void aSuggestionUnderItsThresholdIsThereForReviewFromTheLowerOfTheTwo() {
        assertEquals(
                "below its threshold 62 %, suggested for review from 30 %"
                        + " · F1 0.87 on 34 labelled assets (precision 0.90, recall 0.84)",
                SuggestionReasons.fromModel(0.45, VEHICLES, 0.3));
    }

    @Test
    void theDetectorsSuggestionsNameItsMinimumScore() {
        assertEquals("an object the detector found, score at least 30 %", SuggestionReasons.fromDetector(0.3));
    }
}
