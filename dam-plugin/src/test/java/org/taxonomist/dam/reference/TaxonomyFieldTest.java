package org.taxonomist.dam.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.failure.InvalidRequestException;

class TaxonomyFieldTest {

    private final TaxonomyField subject =
            new TaxonomyField("Subject", true, List.of("Vehicles", "Animals", "Food"), null);

    @Test
    void synonymsReplaceTheTermsListStrippedAndEachOnceWhateverTheirCase() {
        subject.setSynonyms("Vehicles", List.of("cars"));
        subject.setSynonyms("Vehicles", List.of(" automobiles ", "Motor cars", "AUTOMOBILES"));
        assertEquals(List.of("automobiles", "Motor cars"), subject.synonymsOf("Vehicles"));
        assertEquals(
                Map.of("Vehicles", List.of("automobiles", "Motor cars")),
                subject.synonymsByTerm(),
                "terms without any left out");

        subject.setSynonyms("Vehicles", List.of());
        assertEquals(List.of(), subject.synonymsOf("Vehicles"));
    }

    @Test
    void aSynonymIsNeitherATermNorAnotherTermsSynonym() {
        subject.setSynonyms("Animals", List.of("wildlife"));
        assertThrows(SynonymConflictException.class, () -> subject.setSynonyms("Vehicles", List.of("cars", "food")));
        assertThrows(SynonymConflictException.class, () -> subject.setSynonyms("Vehicles", List.of("Vehicles")));
        assertThrows(SynonymConflictException.class, () -> subject.setSynonyms("Vehicles", List.of("Wildlife")));
        assertEquals(List.of(), subject.synonymsOf("Vehicles"), "a refused list changes nothing");
        subject.setSynonyms("Animals", List.of("Wildlife", "fauna"));
        assertEquals(
                List.of("Wildlife", "fauna"),
                subject.synonymsOf("Animals"),
                "the term's own synonyms may be set again");
        assertThrows(SynonymConflictException.class, () -> subject.addTerm("fauna"), "nor may a new term be a synonym");
    }

    @Test
    void badSynonymsAndUnknownTermsAreRefused() {
        assertThrows(UnknownEntryException.class, () -> subject.setSynonyms("Planes", List.of("jets")));
        assertThrows(
                UnknownEntryException.class, () -> subject.setSynonyms("vehicles", List.of("cars")), "terms are exact");
        assertThrows(InvalidRequestException.class, () -> subject.setSynonyms("Vehicles", List.of("cars", " ")));
        assertThrows(InvalidRequestException.class, () -> subject.setSynonyms("Vehicles", List.of("x".repeat(101))));
    }

    @Test
    void aRemovedTermTakesItsSynonymsAlong() {
        subject.setSynonyms("Vehicles", List.of("cars"));
        subject.removeTerm("Vehicles");
        subject.addTerm("Vehicles");
        assertEquals(List.of(), subject.synonymsOf("Vehicles"));
        subject.addTerm("Cars");
        assertEquals(
                List.of("Animals", "Food", "Vehicles", "Cars"),
                subject.getTerms(),
                "the synonym is free to be a term now");
    }

    @Test
    void aQueryNamesATermByAWholeSynonym() {
        subject.setSynonyms("Vehicles", List.of("cars", "motor cars"));
        subject.setSynonyms("Animals", List.of("wildlife"));
        assertEquals(List.of("Vehicles"), subject.termsNamedBy("Red motor cars"), "each term once");
        assertEquals(List.of("Vehicles", "Animals"), subject.termsNamedBy("cars & WILDLIFE"));
        assertEquals(List.of(), subject.termsNamedBy("sidecars"));
        assertEquals(List.of(), subject.termsNamedBy("vehicles"), "the term itself is the text search's business");
    }
}
