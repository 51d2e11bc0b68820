package org.taxonomist.superlabel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentTermsTest {

    @Test
    void keywordListsKeepTheirPhrasesAndPlainKeywordsAreWords() {
        assertEquals(List.of("sand bar", "sea", "surf"), DocumentTerms.keywords(" Sand  Bar, sea;surf ,, "));
        assertEquals(List.of("coast", "ocean", "sandbar"), DocumentTerms.keywords("Coast ocean\tSANDBAR coast"));
        assertEquals(List.of("timepiece", "motion"), DocumentTerms.keywords("timepiece, motion"));
        assertEquals(List.of(), DocumentTerms.keywords("  "));
        assertEquals(List.of(), DocumentTerms.keywords(null));
    }

    @Test
    void fieldTermsAreWholeLowerCaseAndJoinTheKeywordsOnce() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("Subject", List.of("Nature", "Sand Bar"));
        values.put("Content rating", List.of("Neutral"));
        values.put("Brand", List.of("Acme"));

        assertEquals(
                List.of("nature", "sand bar", "acme", "beach"),
                DocumentTerms.of(values, List.of("Subject", "Brand"), "nature, beach"),
                "the pre-trained field is left out when not listed; nature counts once");
        assertEquals(
                List.of("nature", "sand bar", "neutral", "acme"),
                DocumentTerms.of(values, List.of("Subject", "Content rating", "Brand"), null));
        assertEquals(List.of(), DocumentTerms.of(Map.of(), List.of("Subject"), ""));
    }
}
