package org.taxonomist.models.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taxonomist.models.head.recipe.HeadSettings;
import org.taxonomist.models.head.recipe.LogisticHead;

/**
 * Two backbones that each see half of the truth: "eyes" sees term a well and term b badly, "ears"
 * the other way round. A combined ensemble must beat either alone.
 */
class EnsembleTrainingTest {

    static final List<String> TERMS = List.of("a", "b", "rare");
    static final int N = 400;
    static boolean[][] labels;
    static Map<String, float[][]> embeddings;
    static final EnsembleSettings SETTINGS = EnsembleSettings.defaults()
            .withHead(HeadSettings.defaults().withHiddenLayers(List.of()).withEpochs(30))
            .withBags(3)
            .withFolds(3)
            .withMinAssetsPerTerm(20);

    @BeforeAll
    static void data() {
        Random random = new Random(7);
        labels = new boolean[N][3];
        float[][] eyes = new float[N][8];
        float[][] ears = new float[N][8];
        for (int i = 0; i < N; i++) {
            labels[i][0] = random.nextBoolean();
            labels[i][1] = random.nextBoolean();
            labels[i][2] = i < 5;
            for (int d = 0; d < 8; d++) {
                eyes[i][d] = (float) random.nextGaussian();
                ears[i][d] = (float) random.nextGaussian();
            }
            eyes[i][0] += labels[i][0] ? 2.5f : -2.5f;
            eyes[i][1] += labels[i][1] ? 0.3f : -0.3f;
            ears[i][0] += labels[i][1] ? 2.5f : -2.5f;
            ears[i][1] += labels[i][0] ? 0.3f : -0.3f;
        }
        embeddings = new LinkedHashMap<>();
        embeddings.put("eyes@1", eyes);
        embeddings.put("ears@1", ears);
    }

    @Test
    void trainsBaggedMembersAndReportsTermsThatNeedMoreData() {
        TrainedEnsemble trained = EnsembleTraining.train(embeddings, labels, TERMS, SETTINGS);
        Ensemble ensemble = trained.ensemble();
        assertEquals(List.of("a", "b"), ensemble.terms());
        assertEquals(List.of(new LeftOutTerm("rare", 5, 20)), trained.needsMoreData());
        assertEquals(
                "rare: 5 labelled assets, needs 20",
                trained.needsMoreData().get(0).toString());
        assertEquals(List.of("eyes@1", "ears@1"), ensemble.backbones());
        assertEquals(3, ensemble.members().get(0).bags().size());
        assertTrue(
                trained.outOfBagEvaluation().macroF1() > 0.85,
                "out-of-bag macro-F1 " + trained.outOfBagEvaluation().macroF1());
        assertEquals(N, trained.outOfBag().length);

        float[] positive = ensemble.predict(Map.of("eyes@1", row(3f, 0), "ears@1", row(3f, 0)));
        float[] negative = ensemble.predict(Map.of("eyes@1", row(-3f, 0), "ears@1", row(-3f, 0)));
        assertEquals(List.of("a", "b").size(), ensemble.above(positive).size());
        assertTrue(ensemble.above(negative).isEmpty());
    }

    @Test
    void reportHoldsMetricsAndAThresholdCurvePerTermThatPeaksNearTheTunedThreshold() throws Exception {
        TrainedEnsemble trained = EnsembleTraining.train(embeddings, labels, TERMS, SETTINGS);
        JsonNode report =
                new ObjectMapper().readTree(ModelReport.json(trained, List.of("eyes:x", "ears:y"), N, Instant.EPOCH));
        assertEquals(N, report.get("training_size").asInt());
        assertEquals("rare", report.get("needs_more_data").get(0).asText());
        assertEquals(
                trained.ensemble().combiner().name(), report.get("combiner").asText());
        assertEquals(
                trained.outOfBagEvaluation().macroF1(),
                report.get("out_of_bag").get("macro_f1").asDouble(),
                1e-12);
        for (String term : List.of("a", "b")) {
            JsonNode curve = report.get("curves").get(term);
            assertEquals(TrainedEnsemble.CURVE_POINTS, curve.size());
            assertEquals(0.0, curve.get(0).get(0).asDouble());
            assertEquals(1.0, curve.get(curve.size() - 1).get(0).asDouble());
            double best = 0;
            for (JsonNode point : curve) {
                best = Math.max(best, point.get(1).asDouble());
            }
            double tunedF1 =
                    report.get("out_of_bag").get("labels").get(term).get("f1").asDouble();
            assertTrue(
                    tunedF1 >= best - 0.02,
                    term + ": the tuned threshold's F1 " + tunedF1 + " is about the curve's best " + best);
            assertTrue(curve.get(0).get(1).asDouble() < best, term + ": tagging everything is worse than the best cut");
        }
    }

    @Test
    void eachBackboneKeepsTheHeadWhoseHeldOutPredictionsRankBestAndTheReportSaysWhy() throws Exception {
        HeadSettings mlp = HeadSettings.defaults().withHiddenLayers(List.of(16)).withEpochs(5);
        TrainedEnsemble trained = EnsembleTraining.train(
                embeddings, labels, TERMS, SETTINGS.withHeads(List.of(new LogisticHead(0.1), mlp)));
        assertEquals(
                List.of("eyes@1", "ears@1"),
                trained.headChoices().stream().map(HeadChoice::backbone).toList());
        JsonNode report =
                new ObjectMapper().readTree(ModelReport.json(trained, List.of("eyes:x", "ears:y"), N, Instant.EPOCH));
        for (int m = 0; m < 2; m++) {
            HeadChoice choice = trained.headChoices().get(m);
            assertEquals(
                    List.of("logistic C=0.1", "mlp 16"),
                    List.copyOf(choice.macroAveragePrecision().keySet()));
            double best = choice.macroAveragePrecision().values().stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElseThrow();
            assertEquals(best, choice.macroAveragePrecision().get(choice.winner()));
            int layers = choice.winner().startsWith("logistic") ? 1 : 2;
            assertTrue(
                    trained.ensemble().members().get(m).bags().stream()
                            .allMatch(h -> h.layers().size() == layers),
                    choice.winner());
            JsonNode written = report.get("heads").get(choice.backbone());
            assertEquals(choice.winner(), written.get("chosen").asText());
            assertEquals(
                    best,
                    written.get("macro_average_precision").get(choice.winner()).asDouble(),
                    1e-12);
        }
        JsonNode leftOut = report.get("left_out").get(0);
        assertEquals("rare", leftOut.get("term").asText());
        assertEquals(5, leftOut.get("labelled_assets").asInt());
        assertEquals(20, leftOut.get("needed").asInt());
    }

    @Test
    void survivesStorageExactly() {
        Ensemble ensemble =
                EnsembleTraining.train(embeddings, labels, TERMS, SETTINGS).ensemble();
        Ensemble copy = Ensemble.fromBytes(ensemble.toBytes());
        Map<String, float[]> input = Map.of(
                "eyes@1", embeddings.get("eyes@1")[9], "ears@1", embeddings.get("ears@1")[9]);
        assertArrayEquals(ensemble.predict(input), copy.predict(input));
        assertArrayEquals(ensemble.thresholds(), copy.thresholds());
        assertEquals(ensemble.combiner().name(), copy.combiner().name());
    }

    @Test
    void theCombinedEnsembleBeatsEachBackboneOnTheSameFolds() {
        CrossValidation.Report report = CrossValidation.run(embeddings, labels, TERMS, SETTINGS);
        double eyes = report.byMethod().get("backbone:eyes@1").macroF1();
        double ears = report.byMethod().get("backbone:ears@1").macroF1();
        assertTrue(
                report.chosen().macroF1() > Math.max(eyes, ears) + 0.05,
                "chosen " + report.chosen().macroF1() + " vs eyes " + eyes + ", ears " + ears);
        assertTrue(report.byMethod().containsKey("combiner:average"));
        assertEquals(List.of(new LeftOutTerm("rare", 5, 20)), report.needsMoreData());
    }

    @Test
    void refusesAFieldWithoutEnoughLabels() {
        NeedsMoreDataException error = assertThrows(
                NeedsMoreDataException.class,
                () -> EnsembleTraining.train(embeddings, labels, TERMS, SETTINGS.withMinAssetsPerTerm(N + 1)));
        assertEquals(TERMS, error.terms());
    }

    private static float[] row(float first, float second) {
        float[] x = new float[8];
        x[0] = first;
        x[1] = second;
        return x;
    }
}
