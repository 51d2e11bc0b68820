package org.taxonomist.batch.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An import's skipped rows, grouped by reason so that one mistake repeated on every row reads as one entry. */
class ProblemGroupTest {

    @Test
    void identicalReasonsAreOneEntryWithTheirLinesAsRanges() {
        List<JobProblem> problems = new ArrayList<>();
        for (int line = 2; line <= 196; line++) {
            problems.add(new JobProblem(1, null, line, "'Animals' is not a term of Asset Type"));
        }
        problems.add(1, new JobProblem(1, null, 9, "missing.png does not exist"));
        problems.add(new JobProblem(1, null, 199, "'Animals' is not a term of Asset Type"));

        List<ProblemGroup> groups = ProblemGroup.of(problems);

        assertEquals(2, groups.size());
        assertEquals("'Animals' is not a term of Asset Type", groups.get(0).reason(), "in order of first occurrence");
        assertEquals(196, groups.get(0).count());
        assertEquals("2–196, 199", groups.get(0).linesText());
        assertEquals("9", groups.get(1).linesText());
    }

    @Test
    void manyScatteredLinesEndWithAnEllipsis() {
        List<JobProblem> problems = new ArrayList<>();
        for (int line = 2; line < 40; line += 2) {
            problems.add(new JobProblem(1, null, line, "too many fields"));
        }
        assertEquals(
                "2, 4, 6, 8, 10, 12, 14, 16, …",
                ProblemGroup.of(problems).get(0).linesText());
    }

    @Test
    void problemsWithoutALineAreCounted() {
        List<ProblemGroup> groups = ProblemGroup.of(List.of(
                new JobProblem(1, 12L, null, "unreadable image"), new JobProblem(1, 13L, null, "unreadable image")));
        assertEquals(2, groups.get(0).count());
        assertEquals("", groups.get(0).linesText());
    }

    @Test
    void aMergedRowIsANoteOfItsOwnNotASkip() {
        List<ProblemGroup> groups = ProblemGroup.of(List.of(
                new JobProblem(1, null, 3, "missing.png does not exist"),
                new JobProblem(1, 45L, 5, "b.png: same image as asset 45, the row's terms added there")));
        assertEquals(
                List.of(false, true), groups.stream().map(ProblemGroup::merged).toList());
        assertEquals("5", groups.get(1).linesText());
    }
}
