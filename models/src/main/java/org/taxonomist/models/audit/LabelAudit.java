package org.taxonomist.models.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.taxonomist.models.ensemble.BagSample;
import org.taxonomist.models.ensemble.EnsembleSettings;
import org.taxonomist.models.ensemble.EnsembleTraining;
import org.taxonomist.models.evaluation.Metrics;
import org.taxonomist.models.evaluation.ThresholdTuning;
import org.taxonomist.models.head.Head;
import org.taxonomist.models.head.recipe.HeadRecipe;
import org.taxonomist.models.pca.Pca;

/**
 * Finds the assets whose existing labels look wrong. Heads are trained on the very labels under
 * audit, in bags: a wrong label weighs little in any bag, and each asset is scored only by the
 * bags that did not train on it (out of bag), so no asset vouches for itself. Every candidate head
 * of the settings trains in every bag, and the one whose held-out predictions rank the labels best
 * is used, as in training. Backbones are averaged; thresholds are tuned on the held-out predictions.
 *
 * <p>The steps are separate so that a batch job can train the bags in parallel partitions:
 * <pre>{@code
 * AuditPlan plan = AuditPlan.of(labels, terms, settings);
 * List<float[][]> heldOut = new ArrayList<>();
 * for (int b = 0; b < plan.bags().size(); b++) {
 *     heldOut.add(LabelAudit.heldOut(plan, b, embeddings, labels, settings));   // one partition per bag
 * }
 * List<Suspect> suspects = LabelAudit.rank(plan, heldOut, labels, terms, settings, SuspicionMethod.WORST);
 * }</pre>
 */
public final class LabelAudit {

    /** How many of the most probable audited terms a suspect's evidence names besides its current and proposed ones. */
    public static final int RUNNERS_UP = 3;

    private LabelAudit() {}

    /** All the steps in a row: every labelled asset, most suspicious first. */
    public static List<Suspect> audit(
            Map<String, float[][]> embeddings,
            boolean[][] labels,
            List<String> terms,
            EnsembleSettings settings,
            SuspicionMethod method) {
        AuditPlan plan = AuditPlan.of(labels, terms, settings);
        List<float[][]> heldOut = new ArrayList<>();
        for (int b = 0; b < plan.bags().size(); b++) {
            heldOut.add(heldOut(plan, b, embeddings, labels, settings));
        }
        return rank(plan, heldOut, labels, terms, settings, method);
    }

    /**
     * One bag: for every candidate head of the settings, a head per backbone trained on the bag's
     * assets, and the backbones' mean probabilities of the audited terms for the assets the bag
     * left out (in {@code bag.outOfBag()} order). Row layout: candidate after candidate, each
     * {@code audited.size()} columns; a candidate that cannot train on these embeddings (a logistic
     * head on too many values) is all NaN.
     */
    public static float[][] heldOut(
            AuditPlan plan, int bag, Map<String, float[][]> embeddings, boolean[][] labels, EnsembleSettings settings) {
        BagSample sample = plan.bags().get(bag);
        boolean[][] truth = EnsembleTraining.columns(labels, plan.terms().trained());
        List<String> audited = plan.audited();
        int terms = audited.size();
        List<HeadRecipe> heads = settings.heads();
        float[][] mean = new float[sample.outOfBag().length][heads.size() * terms];
        List<float[][]> inputs = new ArrayList<>();
        for (float[][] x : embeddings.values()) {
            Pca pca = settings.pcaComponents() > 0
                    ? Pca.fit(x, Math.min(settings.pcaComponents(), x[0].length), settings.seed())
                    : null;
            inputs.add(pca == null ? x : pca.projectAll(x));
        }
        for (int h = 0; h < heads.size(); h++) {
            HeadRecipe recipe = heads.get(h);
            int from = h * terms;
            if (!inputs.stream().allMatch(input -> recipe.trains((long) input.length * input[0].length))) {
                Arrays.stream(mean).forEach(row -> Arrays.fill(row, from, from + terms, Float.NaN));
                continue;
            }
            for (float[][] input : inputs) {
                Head head = Head.train(
                        EnsembleTraining.rows(input, sample.inBag()),
                        EnsembleTraining.rows(truth, sample.inBag()),
                        audited,
                        recipe.withSeed(settings.seed() + bag));
                float[][] p = head.predictAll(EnsembleTraining.rows(input, sample.outOfBag()));
                for (int i = 0; i < p.length; i++) {
                    for (int t = 0; t < terms; t++) {
                        mean[i][from + t] += p[i][t] / inputs.size();
                    }
                }
            }
        }
        return mean;
    }

    /**
     * Gathers the bags' held-out predictions (each asset: the mean of the bags that left it out),
     * keeps the candidate head whose predictions rank the current labels best (macro average
     * precision: a few wrong labels barely move it), tunes each audited term's threshold on its
     * predictions, and ranks every labelled asset.
     *
     * @param heldOutPerBag per bag, {@link #heldOut} of that bag
     */
    public static List<Suspect> rank(
            AuditPlan plan,
            List<float[][]> heldOutPerBag,
            boolean[][] labels,
            List<String> terms,
            EnsembleSettings settings,
            SuspicionMethod method) {
        boolean[][] truth = EnsembleTraining.columns(labels, plan.terms().trained());
        List<float[][]> candidates = gathered(plan, heldOutPerBag, labels.length, settings);
        float[][] chosen = candidates.get(best(candidates, truth, settings));
        float[] thresholds = ThresholdTuning.tune(
                chosen,
                truth,
                settings.combiner().beta(),
                settings.combiner().fallback(),
                settings.combiner().minPositives());
        return rank(chosen, labels, terms, plan.audited(), thresholds, method);
    }

    /** The index, in {@code settings.heads()}, of the candidate whose held-out predictions rank the current labels best. */
    public static int chosenHead(
            AuditPlan plan, List<float[][]> heldOutPerBag, boolean[][] labels, EnsembleSettings settings) {
        return best(
                gathered(plan, heldOutPerBag, labels.length, settings),
                EnsembleTraining.columns(labels, plan.terms().trained()),
                settings);
    }

    /** The trained candidate with the best macro average precision; a single trained one needs no scoring (large collections). */
    private static int best(List<float[][]> candidates, boolean[][] truth, EnsembleSettings settings) {
        int[] trained = IntStream.range(0, candidates.size())
                .filter(h -> Arrays.stream(candidates.get(h)).anyMatch(row -> !Float.isNaN(row[0])))
                .toArray();
        if (trained.length == 0) {
            throw new IllegalArgumentException(
                    "No candidate head could train on these embeddings: " + settings.heads());
        }
        int best = trained[0];
        double bestScore = trained.length == 1 ? 0 : Metrics.macroAveragePrecision(candidates.get(best), truth);
        for (int i = 1; i < trained.length; i++) {
            double score = Metrics.macroAveragePrecision(candidates.get(trained[i]), truth);
            if (score > bestScore) {
                best = trained[i];
                bestScore = score;
            }
        }
        return best;
    }

    /** Per candidate head, n × audited: each asset's mean over the bags that left it out (NaN rows where none did). */
    private static List<float[][]> gathered(
            AuditPlan plan, List<float[][]> heldOutPerBag, int n, EnsembleSettings settings) {
        int terms = plan.audited().size();
        List<float[][]> candidates = new ArrayList<>();
        for (int h = 0; h < settings.heads().size(); h++) {
            float[][] sum = new float[n][terms];
            int[] count = new int[n];
            for (int b = 0; b < plan.bags().size(); b++) {
                int[] rows = plan.bags().get(b).outOfBag();
                for (int i = 0; i < rows.length; i++) {
                    for (int t = 0; t < terms; t++) {
                        sum[rows[i]][t] += heldOutPerBag.get(b)[i][h * terms + t];
                    }
                    count[rows[i]]++;
                }
            }
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < terms; t++) {
                    sum[i][t] = count[i] == 0 ? Float.NaN : sum[i][t] / count[i];
                }
            }
            candidates.add(sum);
        }
        return candidates;
    }

    /**
     * Scores held-out predictions of the audited terms against the labels.
     *
     * @param heldOut    n × audited.size() out-of-sample probabilities (a NaN row: not scored, ranked last)
     * @param labels     n × terms.size(), the current labels
     * @param audited    the terms the model was trained on, a subset of {@code terms}
     * @param thresholds tuned threshold per audited term
     */
    public static List<Suspect> rank(
            float[][] heldOut,
            boolean[][] labels,
            List<String> terms,
            List<String> audited,
            float[] thresholds,
            SuspicionMethod method) {
        int[] column = audited.stream().mapToInt(terms::indexOf).toArray();
        List<Suspect> suspects = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            List<String> current = present(labels[i], terms);
            if (current.isEmpty()) {
                continue;
            }
            float[] p = heldOut[i];
            boolean[] has = new boolean[column.length];
            for (int a = 0; a < column.length; a++) {
                has[a] = labels[i][column[a]];
            }
            if (Float.isNaN(p[0])) {
                suspects.add(new Suspect(i, Double.NEGATIVE_INFINITY, current, current, Map.of()));
                continue;
            }
            List<String> proposed = proposed(current, audited, p, thresholds);
            suspects.add(new Suspect(
                    i, method.score(has, p, thresholds), current, proposed, evidence(current, proposed, audited, p)));
        }
        suspects.sort(Comparator.comparingDouble(Suspect::score).reversed());
        return suspects;
    }

    /**
     * The audited terms the model puts above their thresholds, most probable first (its most
     * probable one if none is and no other term remains), then the unaudited current terms.
     */
    private static List<String> proposed(List<String> current, List<String> audited, float[] p, float[] thresholds) {
        List<Integer> above = new ArrayList<>();
        int best = 0;
        for (int a = 0; a < audited.size(); a++) {
            if (p[a] >= thresholds[a]) {
                above.add(a);
            }
            best = p[a] > p[best] ? a : best;
        }
        List<String> unaudited =
                current.stream().filter(t -> !audited.contains(t)).toList();
        if (above.isEmpty() && unaudited.isEmpty()) {
            above.add(best);
        }
        above.sort(Comparator.comparingDouble((Integer a) -> p[a]).reversed());
        List<String> proposed = new ArrayList<>(above.stream().map(audited::get).toList());
        proposed.addAll(unaudited);
        return proposed;
    }

    /** The probabilities of the audited terms among current, proposed and the most probable ones, most probable first. */
    private static Map<String, Float> evidence(
            List<String> current, List<String> proposed, List<String> audited, float[] p) {
        Integer[] byProbability = IntStream.range(0, audited.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(
                byProbability, Comparator.comparingDouble((Integer a) -> p[a]).reversed());
        Map<String, Float> evidence = new LinkedHashMap<>();
        for (int rank = 0; rank < byProbability.length; rank++) {
            String term = audited.get(byProbability[rank]);
            if (rank < RUNNERS_UP || current.contains(term) || proposed.contains(term)) {
                evidence.put(term, p[byProbability[rank]]);
            }
        }
        return Collections.unmodifiableMap(evidence);
    }

    private static List<String> present(boolean[] row, List<String> terms) {
        List<String> present = new ArrayList<>();
        for (int t = 0; t < row.length; t++) {
            if (row[t]) {
                present.add(terms.get(t));
            }
        }
        return present;
    }
}
