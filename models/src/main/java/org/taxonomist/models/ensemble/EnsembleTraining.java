package org.taxonomist.models.ensemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.taxonomist.models.evaluation.AutofillPlan;
import org.taxonomist.models.evaluation.Evaluation;
import org.taxonomist.models.evaluation.Folds;
import org.taxonomist.models.evaluation.Metrics;
import org.taxonomist.models.evaluation.ThresholdTuning;
import org.taxonomist.models.head.Head;
import org.taxonomist.models.head.recipe.HeadRecipe;
import org.taxonomist.models.head.recipe.LogisticHead;
import org.taxonomist.models.pca.Pca;

/**
 * Trains a field's {@link Ensemble} on the labels the DAM already has: per backbone, n heads on
 * random samples (bagging, so that existing wrong labels do little harm). Every candidate head
 * recipe trains its bags; the one whose out-of-bag predictions rank best (macro average precision)
 * stays — the bags are the inner folds of that choice, so it needs no training beyond the bags
 * themselves. Out-of-bag predictions then choose the combiner by cross-validated macro-F1 and tune
 * each term's threshold.
 *
 * <pre>{@code
 * Map<String, float[][]> embeddings = Map.of("nsfwjs-mobilenet_v2@4.3.0", x1, "nsfwjs-inception_v3@4.3.0", x2);
 * TrainedEnsemble trained = EnsembleTraining.train(embeddings, labels, terms, EnsembleSettings.defaults());
 * trained.needsMoreData();   // terms with fewer than minAssetsPerTerm labelled assets
 * }</pre>
 */
public final class EnsembleTraining {

    private EnsembleTraining() {}

    /**
     * @param embeddings backbone key → n × d embeddings of the same n assets, in member order
     * @param labels     n × terms.size()
     * @throws NeedsMoreDataException when no term has enough labelled assets
     */
    public static TrainedEnsemble train(
            Map<String, float[][]> embeddings, boolean[][] labels, List<String> terms, EnsembleSettings settings) {
        TermSplit split = TermSplit.of(labels, terms, settings.minAssetsPerTerm());
        List<String> trainedTerms = split.trainedTerms(terms);
        boolean[][] truth = columns(labels, split.trained());

        List<Ensemble.Member> members = new ArrayList<>();
        List<float[][]> memberOutOfBag = new ArrayList<>();
        List<HeadChoice> headChoices = new ArrayList<>();
        List<BagSample> samples = Bagging.samples(labels.length, settings.bags(), settings.fraction(), settings.seed());
        for (Map.Entry<String, float[][]> backbone : new LinkedHashMap<>(embeddings).entrySet()) {
            float[][] x = backbone.getValue();
            Pca pca = settings.pcaComponents() > 0
                    ? Pca.fit(x, Math.min(settings.pcaComponents(), x[0].length), settings.seed())
                    : null;
            float[][] input = pca == null ? x : pca.projectAll(x);
            BaggedHeads best = null;
            Map<String, Double> scores = new LinkedHashMap<>();
            for (HeadRecipe recipe : trainable(settings.heads(), input)) {
                BaggedHeads candidate = BaggedHeads.train(recipe, input, truth, trainedTerms, samples, settings.seed());
                double score = Metrics.macroAveragePrecision(candidate.outOfBag(), truth);
                scores.put(recipe.label(), score);
                if (best == null || score > scores.get(best.recipe().label())) {
                    best = candidate;
                }
            }
            members.add(new Ensemble.Member(backbone.getKey(), pca, best.bags()));
            memberOutOfBag.add(best.outOfBag());
            headChoices.add(new HeadChoice(backbone.getKey(), best.recipe().label(), scores));
        }

        int[] scored = IntStream.range(0, labels.length)
                .filter(i -> memberOutOfBag.stream().noneMatch(m -> Float.isNaN(m[i][0])))
                .toArray();
        List<float[][]> scoredMembers =
                memberOutOfBag.stream().map(m -> rows(m, scored)).toList();
        boolean[][] scoredTruth = rows(truth, scored);
        CombinerChoice choice = members.size() == 1
                ? new CombinerChoice(Elementwise.AVERAGE.name(), Map.of())
                : Combiners.choose(
                        scoredMembers,
                        scoredTruth,
                        Folds.stratified(scoredTruth, settings.folds(), settings.seed()),
                        settings.combiner());
        Combiner combiner = Combiners.fit(choice.winner(), scoredMembers, scoredTruth, settings.combiner());
        float[][] combinedScored = combiner.combine(scoredMembers);
        float[] thresholds = ThresholdTuning.tune(
                combinedScored,
                scoredTruth,
                settings.combiner().beta(),
                settings.combiner().fallback(),
                settings.combiner().minPositives());
        Ensemble ensemble = new Ensemble(trainedTerms, members, combiner, thresholds);
        List<double[][]> curves = IntStream.range(0, trainedTerms.size())
                .mapToObj(t -> ThresholdTuning.curve(
                        column(combinedScored, t),
                        column(scoredTruth, t),
                        settings.combiner().beta(),
                        TrainedEnsemble.CURVE_POINTS))
                .toList();
        return new TrainedEnsemble(
                ensemble,
                split.needsMoreData(),
                choice,
                headChoices,
                memberOutOfBag,
                combiner.combine(memberOutOfBag),
                Evaluation.of(combinedScored, thresholds, scoredTruth, trainedTerms),
                curves,
                AutofillPlan.OFFERED_PRECISIONS.stream()
                        .map(p -> AutofillPlan.of(combinedScored, scoredTruth, p))
                        .toList());
    }

    /** The recipes that can train on these embeddings: logistic heads only up to their size limit. */
    private static List<HeadRecipe> trainable(List<HeadRecipe> recipes, float[][] input) {
        long values = (long) input.length * input[0].length;
        List<HeadRecipe> usable = recipes.stream().filter(r -> r.trains(values)).toList();
        if (usable.isEmpty()) {
            throw new IllegalArgumentException(values + " embedding values are more than a logistic head trains on ("
                    + LogisticHead.MAX_VALUES + "): add an MLP head to the choice");
        }
        return usable;
    }

    /** One recipe's bags on one backbone, and their out-of-bag predictions (n × terms). */
    private record BaggedHeads(HeadRecipe recipe, List<Head> bags, float[][] outOfBag) {

        static BaggedHeads train(
                HeadRecipe recipe,
                float[][] input,
                boolean[][] truth,
                List<String> terms,
                List<BagSample> samples,
                long seed) {
            List<Head> bags = new ArrayList<>();
            List<float[][]> bagPredictions = new ArrayList<>();
            for (int b = 0; b < samples.size(); b++) {
                int[] rows = samples.get(b).inBag();
                Head head = Head.train(rows(input, rows), rows(truth, rows), terms, recipe.withSeed(seed + b));
                bags.add(head);
                bagPredictions.add(head.predictAll(input));
            }
            return new BaggedHeads(recipe, bags, Bagging.outOfBag(samples, bagPredictions));
        }
    }

    private static float[] column(float[][] matrix, int column) {
        float[] values = new float[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            values[i] = matrix[i][column];
        }
        return values;
    }

    private static boolean[] column(boolean[][] matrix, int column) {
        boolean[] values = new boolean[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            values[i] = matrix[i][column];
        }
        return values;
    }

    public static float[][] rows(float[][] matrix, int[] rows) {
        float[][] selected = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = matrix[rows[i]];
        }
        return selected;
    }

    public static boolean[][] rows(boolean[][] matrix, int[] rows) {
        boolean[][] selected = new boolean[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = matrix[rows[i]];
        }
        return selected;
    }

    public static boolean[][] columns(boolean[][] labels, List<Integer> columns) {
        boolean[][] selected = new boolean[labels.length][columns.size()];
        for (int i = 0; i < labels.length; i++) {
            for (int c = 0; c < columns.size(); c++) {
                selected[i][c] = labels[i][columns.get(c)];
            }
        }
        return selected;
    }
}
