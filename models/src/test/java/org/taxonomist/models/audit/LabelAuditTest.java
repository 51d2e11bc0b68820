package org.taxonomist.models.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.taxonomist.models.ensemble.EnsembleSettings;
import org.taxonomist.models.head.recipe.HeadSettings;
import org.taxonomist.models.head.recipe.LogisticHead;

/**
 * Three well-separated kinds of asset, one term each, and 10% of the labels swapped to another
 * term: the audit must put the swapped ones first and propose their true term.
 */
class LabelAuditTest {

    static final List<String> TERMS = List.of("coast", "forest", "city");

    @Test
    void ranksSwappedLabelsFirstAndProposesTheTrueTerm() {
        int n = 300;
        Random random = new Random(5);
        float[][] x = new float[n][6];
        int[] truth = new int[n];
        boolean[][] labels = new boolean[n][3];
        Set<Integer> swapped = new HashSet<>();
        for (int i = 0; i < n; i++) {
            truth[i] = i % 3;
            for (int d = 0; d < 6; d++) {
                x[i][d] = (float) random.nextGaussian() * 0.7f;
            }
            x[i][truth[i]] += 3;
            int given = truth[i];
            if (i % 10 == 7) {
                given = (truth[i] + 1) % 3;
                swapped.add(i);
            }
            labels[i][given] = true;
        }
        EnsembleSettings settings = EnsembleSettings.defaults()
                .withHead(HeadSettings.defaults().withHiddenLayers(List.of()).withEpochs(30))
                .withFolds(3)
                .withMinAssetsPerTerm(20);

        // A head that has learnt nothing (C so small that every weight stays near zero) beside a fitted one:
        // the audit scores with the one whose held-out predictions rank the labels best.
        EnsembleSettings choice = settings.withHeads(List.of(new LogisticHead(1e-9), new LogisticHead(1)));
        AuditPlan plan = AuditPlan.of(labels, TERMS, AuditPlan.settings(choice));
        List<float[][]> heldOut = IntStream.range(0, plan.bags().size())
                .mapToObj(b -> LabelAudit.heldOut(plan, b, Map.of("b@1", x), labels, AuditPlan.settings(choice)))
                .toList();
        assertEquals(2 * TERMS.size(), heldOut.get(0)[0].length, "both candidates' predictions, side by side");
        assertEquals(1, LabelAudit.chosenHead(plan, heldOut, labels, AuditPlan.settings(choice)));
        List<Suspect> chosen =
                LabelAudit.rank(plan, heldOut, labels, TERMS, AuditPlan.settings(choice), SuspicionMethod.MSE);
        assertTrue(chosen.subList(0, swapped.size()).stream()
                        .filter(s -> swapped.contains(s.asset()))
                        .count()
                >= 0.9 * swapped.size());

        for (SuspicionMethod method : SuspicionMethod.values()) {
            List<Suspect> suspects = LabelAudit.audit(Map.of("b@1", x), labels, TERMS, settings, method);
            assertEquals(n, suspects.size(), "every labelled asset is listed");
            List<Suspect> top = suspects.subList(0, swapped.size());
            long found = top.stream().filter(s -> swapped.contains(s.asset())).count();
            assertTrue(
                    found >= 0.9 * swapped.size(),
                    method + ": " + found + " of " + swapped.size() + " swaps in the top k");
            Suspect first = top.stream()
                    .filter(s -> swapped.contains(s.asset()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    List.of(TERMS.get(truth[first.asset()])), first.proposed(), method + " proposes the true term");
            assertEquals(first.current(), first.removed());
        }
    }

    @Test
    void keepsTermsItCouldNotJudgeAndNeverProposesAnEmptyField() {
        boolean[][] labels = {{true, false, true}, {false, true, false}};
        float[][] heldOut = {{0.1f, 0.2f}, {0.3f, 0.2f}};
        List<Suspect> suspects = LabelAudit.rank(
                heldOut,
                labels,
                List.of("coast", "forest", "rare"),
                List.of("coast", "forest"),
                new float[] {0.5f, 0.5f},
                SuspicionMethod.MSE);
        Suspect coast =
                suspects.stream().filter(s -> s.asset() == 0).findFirst().orElseThrow();
        assertEquals(List.of("rare"), coast.proposed(), "the unjudged term stays; coast goes");
        Suspect forest =
                suspects.stream().filter(s -> s.asset() == 1).findFirst().orElseThrow();
        assertEquals(List.of("coast"), forest.proposed(), "nothing above threshold: the most probable term");
        assertEquals(List.of("forest"), forest.removed());
        assertEquals(List.of("coast"), forest.added());
        assertEquals(
                Map.of("forest", 0.2f, "coast", 0.3f),
                forest.probabilities(),
                "the evidence: each term in question with its probability");
        assertEquals(
                List.of("coast", "forest"), List.copyOf(forest.probabilities().keySet()), "most probable first");
    }

    @Test
    void aSingleValuedFieldGetsTheMostProbableTermAndKeepsATermTheAuditCouldNotJudge() {
        boolean[][] labels = {{true, false, false}, {false, false, true}};
        float[][] heldOut = {{0.1f, 0.7f}, {0.9f, 0.8f}};
        List<String> audited = List.of("coast", "forest");
        List<Suspect> suspects = LabelAudit.rank(
                heldOut,
                labels,
                List.of("coast", "forest", "rare"),
                audited,
                new float[] {0.5f, 0.5f},
                SuspicionMethod.WORST);
        Suspect coast =
                suspects.stream().filter(s -> s.asset() == 0).findFirst().orElseThrow();
        assertEquals(List.of("forest"), coast.singleValued(audited).proposed());
        Suspect rare = suspects.stream().filter(s -> s.asset() == 1).findFirst().orElseThrow();
        assertEquals(
                List.of("coast", "forest", "rare"), rare.proposed(), "most probable first, the unjudged term last");
        assertFalse(rare.singleValued(audited).changesSomething(), "the audit cannot tell a rare term is wrong");
    }
}
