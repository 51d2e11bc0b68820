package org.taxonomist.models.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.taxonomist.models.audit.AuditPlan;
import org.taxonomist.models.audit.LabelAudit;
import org.taxonomist.models.audit.Suspect;
import org.taxonomist.models.ensemble.EnsembleSettings;
import org.taxonomist.models.head.recipe.HeadRecipe;

/**
 * Which signal ranks swapped labels best (not a test): on a single-valued category field with 10%
 * of the labels swapped to the most similar term (as {@link CollectionReport}), each candidate head's
 * out-of-bag probabilities from the audit's bags scored as the audit does ({@code mse}), as
 * normalised margin and self-confidence (the confident-learning scores), as {@code mse} after Platt
 * calibration of each term on the out-of-bag predictions, and the kNN label disagreement that
 * FiftyOne's mistakenness and fastdup use (share of the 10 most similar assets, cosine similarity
 * averaged over the backbones, with another label), alone and rank-averaged with {@code mse}.
 * Prints precision@k and AUROC per signal. {@code -Dheads=logistic:0.01,mlp} picks the heads.
 * <pre>
 * mvn -q -pl models exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.taxonomist.models.cli.AuditSignalsBench \
 *     -Dexec.args="MANIFEST [BACKBONE_SPEC,BACKBONE_SPEC…]"
 * </pre>
 */
public final class AuditSignalsBench {

    static final int NEIGHBOURS = 10;

    public static void main(String[] args) throws Exception {
        NoiseAuditBench.Embedded embedded = NoiseAuditBench.embedded(args);
        NoiseAuditBench.Data data = NoiseAuditBench.data(embedded.x(), embedded.rows(), true);
        NoiseAuditBench.Injected injected = NoiseAuditBench.inject(
                data, NoiseAuditBench.Noise.SWAP, CollectionReport.SWAPPED, new SplittableRandom(NoiseAuditBench.SEED));
        boolean[][] labels = injected.labels();
        int[] label = Arrays.stream(labels)
                .mapToInt(row -> IntStream.range(0, row.length)
                        .filter(t -> row[t])
                        .findFirst()
                        .orElseThrow())
                .toArray();
        System.out.println("| head | signal | precision@k | AUROC |");
        System.out.println("|---|---|---|---|");
        double[] knn = knnDisagreement(data, label);
        report("–", "knn", knn, injected.changed());
        for (String head : System.getProperty("heads", "logistic:0.01,mlp").split(",")) {
            float[][] p = outOfBag(data, labels, HeadRecipe.parse(head));
            float[][] calibrated = Platt.calibrated(p, labels);
            double[] mse = scores(p.length, i -> squaredError(p[i], label[i]));
            report(head, "mse (the audit's)", mse, injected.changed());
            report(head, "normalised margin", scores(p.length, i -> margin(p[i], label[i])), injected.changed());
            report(head, "self-confidence", scores(p.length, i -> 1 - p[i][label[i]] / sum(p[i])), injected.changed());
            report(
                    head,
                    "mse, Platt-calibrated",
                    scores(p.length, i -> squaredError(calibrated[i], label[i])),
                    injected.changed());
            double[] mseRanks = ranks(mse);
            double[] knnRanks = ranks(knn);
            report(
                    head,
                    "mse and knn, ranks averaged",
                    scores(p.length, i -> mseRanks[i] + knnRanks[i]),
                    injected.changed());
        }
    }

    /** Each asset's mean probability per term over the audit bags that left it out. */
    static float[][] outOfBag(NoiseAuditBench.Data data, boolean[][] labels, HeadRecipe head) {
        EnsembleSettings settings = AuditPlan.settings(EnsembleSettings.defaults()
                .withMinAssetsPerTerm(NoiseAuditBench.MIN_ASSETS)
                .withHeads(List.of(head)));
        AuditPlan plan = AuditPlan.of(labels, data.terms(), settings);
        int terms = data.terms().size();
        float[][] p = new float[labels.length][terms];
        int[] count = new int[labels.length];
        for (int b = 0; b < plan.bags().size(); b++) {
            float[][] heldOut = LabelAudit.heldOut(plan, b, data.x(), labels, settings);
            int[] rows = plan.bags().get(b).outOfBag();
            for (int i = 0; i < rows.length; i++) {
                for (int t = 0; t < terms; t++) {
                    p[rows[i]][t] += heldOut[i][t];
                }
                count[rows[i]]++;
            }
        }
        for (int i = 0; i < p.length; i++) {
            for (int t = 0; t < terms; t++) {
                p[i][t] /= count[i];
            }
        }
        return p;
    }

    static double[] knnDisagreement(NoiseAuditBench.Data data, int[] label) {
        int n = label.length;
        double[][] similarity = new double[n][n];
        for (float[][] x : data.x().values()) {
            float[][] unit = Arrays.stream(x).map(AuditSignalsBench::unit).toArray(float[][]::new);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    similarity[i][j] += dot(unit[i], unit[j]) / data.x().size();
                }
            }
        }
        return scores(n, i -> {
            int[] nearest = IntStream.range(0, n)
                    .filter(j -> j != i)
                    .boxed()
                    .sorted(Comparator.comparingDouble(j -> -similarity[i][j]))
                    .limit(NEIGHBOURS)
                    .mapToInt(Integer::intValue)
                    .toArray();
            return Arrays.stream(nearest).filter(j -> label[j] != label[i]).count() / (double) NEIGHBOURS;
        });
    }

    /** Per term, a sigmoid of the logit fitted to the labels by Newton's method (Platt scaling). */
    static final class Platt {

        static float[][] calibrated(float[][] p, boolean[][] labels) {
            float[][] out = new float[p.length][p[0].length];
            for (int t = 0; t < p[0].length; t++) {
                double a = 1;
                double b = 0;
                for (int iteration = 0; iteration < 100; iteration++) {
                    double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
                    for (int i = 0; i < p.length; i++) {
                        double f = logit(p[i][t]);
                        double q = 1 / (1 + Math.exp(-(a * f + b)));
                        double r = q - (labels[i][t] ? 1 : 0);
                        double w = q * (1 - q);
                        ga += r * f;
                        gb += r;
                        haa += w * f * f;
                        hab += w * f;
                        hbb += w;
                    }
                    double det = haa * hbb - hab * hab;
                    a -= (hbb * ga - hab * gb) / det;
                    b -= (haa * gb - hab * ga) / det;
                }
                for (int i = 0; i < p.length; i++) {
                    out[i][t] = (float) (1 / (1 + Math.exp(-(a * logit(p[i][t]) + b))));
                }
            }
            return out;
        }

        private static double logit(float p) {
            double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
            return Math.log(q / (1 - q));
        }
    }

    static double squaredError(float[] p, int label) {
        double sum = 0;
        for (int t = 0; t < p.length; t++) {
            double error = (t == label ? 1 : 0) - p[t];
            sum += error * error;
        }
        return sum / p.length;
    }

    static double margin(float[] p, int label) {
        double other = 0;
        for (int t = 0; t < p.length; t++) {
            other = t == label ? other : Math.max(other, p[t]);
        }
        return (other - p[label]) / sum(p);
    }

    static void report(String head, String signal, double[] score, Set<Integer> changed) {
        List<Suspect> ranked = new ArrayList<>(IntStream.range(0, score.length)
                .mapToObj(i -> new Suspect(i, score[i], List.of(), List.of(), Map.of()))
                .toList());
        ranked.sort(Comparator.comparingDouble(Suspect::score).reversed());
        long hits = ranked.subList(0, changed.size()).stream()
                .filter(s -> changed.contains(s.asset()))
                .count();
        System.out.printf(
                "| %s | %s | %.2f | %.3f |%n",
                head, signal, (double) hits / changed.size(), NoiseAuditBench.auroc(ranked, changed));
    }

    static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> values[i]))
                .toArray(Integer[]::new);
        double[] ranks = new double[values.length];
        for (int r = 0; r < order.length; r++) {
            ranks[order[r]] = r;
        }
        return ranks;
    }

    static double[] scores(int n, IntToDoubleFunction score) {
        return IntStream.range(0, n).mapToDouble(score).toArray();
    }

    static double sum(float[] p) {
        double sum = 1e-9;
        for (float v : p) {
            sum += v;
        }
        return sum;
    }

    static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }

    static float[] unit(float[] v) {
        float norm = (float) Math.sqrt(Math.max(1e-12, dot(v, v)));
        float[] unit = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            unit[d] = v[d] / norm;
        }
        return unit;
    }
}
