package org.taxonomist.models.ensemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taxonomist.models.evaluation.Evaluation;
import org.taxonomist.models.evaluation.Folds;
import org.taxonomist.models.evaluation.Metrics;
import org.taxonomist.models.evaluation.ThresholdTuning;

/**
 * K-fold evaluation of the whole training recipe, on stratified multi-label folds: each fold's
 * assets are predicted by an ensemble trained on the other folds, with thresholds tuned there.
 * On the same folds it also scores each backbone alone and each combiner, so they can be compared.
 *
 * <pre>{@code
 * CrossValidation.Report report = CrossValidation.run(embeddings, labels, terms, settings);
 * report.chosen().macroF1();                       // the recipe as trained in production
 * report.byMethod().get("backbone:nsfwjs-inception_v3@4.3.0").macroF1();
 * report.byMethod().get("combiner:stacker").macroF1();
 * }</pre>
 */
public final class CrossValidation {

    /**
     * @param terms        the terms evaluated (those with enough labelled assets in all the data)
     * @param chosen       the ensemble as trained, each fold choosing its combiner
     * @param byMethod     "backbone:KEY" and "combiner:NAME" → pooled metrics on the same folds
     * @param needsMoreData terms left out for lack of labels
     * @param headChoices   each fold's head choice per backbone, fold by fold
     */
    public record Report(
            List<String> terms,
            Evaluation chosen,
            Map<String, Evaluation> byMethod,
            List<LeftOutTerm> needsMoreData,
            List<HeadChoice> headChoices) {}

    private CrossValidation() {}

    public static Report run(
            Map<String, float[][]> embeddings, boolean[][] labels, List<String> terms, EnsembleSettings settings) {
        TermSplit split = TermSplit.of(labels, terms, settings.minAssetsPerTerm());
        List<String> keptTerms = split.trainedTerms(terms);
        boolean[][] truth = EnsembleTraining.columns(labels, split.trained());
        int[] folds = Folds.stratified(truth, settings.folds(), settings.seed());
        // Inside a fold every kept term trains, even if its share of the fold falls below the minimum.
        EnsembleSettings inner = settings.withMinAssetsPerTerm(1);
        Map<String, boolean[][]> predicted = new LinkedHashMap<>();
        List<HeadChoice> headChoices = new ArrayList<>();
        predicted.put("chosen", new boolean[truth.length][]);

        for (int fold = 0; fold < settings.folds(); fold++) {
            int[] train = Folds.outsideFold(folds, fold);
            int[] test = Folds.inFold(folds, fold);
            Map<String, float[][]> trainX = new LinkedHashMap<>();
            embeddings.forEach((key, x) -> trainX.put(key, EnsembleTraining.rows(x, train)));
            boolean[][] trainTruth = EnsembleTraining.rows(truth, train);
            TrainedEnsemble trained = EnsembleTraining.train(trainX, trainTruth, keptTerms, inner);
            Ensemble ensemble = trained.ensemble();
            headChoices.addAll(trained.headChoices());

            List<float[][]> testMembers = new ArrayList<>();
            for (Ensemble.Member member : ensemble.members()) {
                float[][] x = embeddings.get(member.backbone());
                float[][] p = new float[test.length][];
                for (int i = 0; i < test.length; i++) {
                    p[i] = member.predict(x[test[i]]);
                }
                testMembers.add(p);
            }
            place(
                    predicted.get("chosen"),
                    test,
                    Metrics.predict(ensemble.combiner().combine(testMembers), ensemble.thresholds()));

            int[] scored = scoredRows(trained.memberOutOfBag());
            List<float[][]> trainMembers = trained.memberOutOfBag().stream()
                    .map(m -> EnsembleTraining.rows(m, scored))
                    .toList();
            boolean[][] scoredTruth = EnsembleTraining.rows(trainTruth, scored);
            for (int m = 0; m < testMembers.size(); m++) {
                float[] thresholds = tune(trainMembers.get(m), scoredTruth, settings);
                place(
                        predicted.computeIfAbsent(
                                "backbone:" + ensemble.members().get(m).backbone(), k -> new boolean[truth.length][]),
                        test,
                        Metrics.predict(testMembers.get(m), thresholds));
            }
            if (testMembers.size() > 1) {
                for (String name : settings.combiner().candidates()) {
                    Combiner combiner = Combiners.fit(name, trainMembers, scoredTruth, settings.combiner());
                    float[] thresholds = tune(combiner.combine(trainMembers), scoredTruth, settings);
                    place(
                            predicted.computeIfAbsent("combiner:" + name, k -> new boolean[truth.length][]),
                            test,
                            Metrics.predict(combiner.combine(testMembers), thresholds));
                }
            }
        }
        Map<String, Evaluation> byMethod = new LinkedHashMap<>();
        predicted.forEach((method, p) -> byMethod.put(method, Evaluation.of(p, truth, keptTerms)));
        return new Report(keptTerms, byMethod.remove("chosen"), byMethod, split.needsMoreData(), headChoices);
    }

    private static float[] tune(float[][] probabilities, boolean[][] truth, EnsembleSettings settings) {
        return ThresholdTuning.tune(
                probabilities,
                truth,
                settings.combiner().beta(),
                settings.combiner().fallback(),
                settings.combiner().minPositives());
    }

    private static int[] scoredRows(List<float[][]> members) {
        return java.util.stream.IntStream.range(0, members.get(0).length)
                .filter(i -> members.stream().noneMatch(m -> Float.isNaN(m[i][0])))
                .toArray();
    }

    private static void place(boolean[][] all, int[] rows, boolean[][] values) {
        for (int i = 0; i < rows.length; i++) {
            all[rows[i]] = values[i];
        }
    }
}
