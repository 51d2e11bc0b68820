package org.taxonomist.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taxonomist.correction.Corrections.Proposal;
import org.taxonomist.correction.ProposalIntake.JudgedLabels;

/** Which of an audit's proposals reach the corrections queue: the rules of {@link ProposalIntake}. */
class ProposalIntakeTest {

    private static final Proposal CAT_TO_DOG = new Proposal(1, List.of("Cats"), List.of("Dogs"), 0.9, Evidence.NONE);
    private static final Proposal CAR_TO_BUS =
            new Proposal(2, List.of("Cars", "Red"), List.of("Buses", "Red"), 0.8, Evidence.NONE);

    @Test
    void proposalsForUnchangedLabelsEnterInTheAuditsOrder() {
        ProposalIntake intake = ProposalIntake.of(
                List.of(CAT_TO_DOG, CAR_TO_BUS), Map.of(1L, List.of("Cats"), 2L, List.of("Red", "Cars")), Set.of());
        assertEquals(
                List.of(CAT_TO_DOG, CAR_TO_BUS), intake.accepted(), "the order of an asset's terms does not matter");
        assertEquals(0, intake.skippedChanged() + intake.skippedRejected());
    }

    @Test
    void labelsChangedOrRemovedWhileTheAuditRanLeaveItsProposalOut() {
        ProposalIntake intake =
                ProposalIntake.of(List.of(CAT_TO_DOG, CAR_TO_BUS), Map.of(1L, List.of("Cats", "Kittens")), Set.of());
        assertEquals(List.of(), intake.accepted());
        assertEquals(2, intake.skippedChanged(), "asset 1 gained a term, asset 2 lost its labels");
    }

    @Test
    void aCorrectionRejectedForTheSameLabelsIsNotProposedAgainButOneForOtherLabelsIs() {
        Set<JudgedLabels> rejected =
                Set.of(JudgedLabels.of(2, List.of("Red", "Cars", "Red")), JudgedLabels.of(1, List.of("Kittens")));
        ProposalIntake intake = ProposalIntake.of(
                List.of(CAT_TO_DOG, CAR_TO_BUS), Map.of(1L, List.of("Cats"), 2L, List.of("Cars", "Red")), rejected);
        assertEquals(List.of(CAT_TO_DOG), intake.accepted(), "asset 1's rejection was of other labels");
        assertEquals(1, intake.skippedRejected());
    }
}
