package org.taxonomist.models.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.taxonomist.models.ensemble.BagSample;
import org.taxonomist.models.ensemble.EnsembleSettings;
import org.taxonomist.models.ensemble.EnsembleTraining;
import org.taxonomist.models.evaluation.ThresholdTuning;
import org.taxonomist.models.head.Head;
import org.taxonomist.models.pca.Pca;

/**
 * Finds the assets whose existing labels look wrong. Heads are trained on the very labels under
 * audit, in bags: a wrong label weighs little in any bag, and each asset is scored only by the
 * bags that did not train on it (out of bag), so no asset vouches for itself. Backbones are
 * averaged; thresholds are tuned on the held-out predictions.
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

    private LabelAudit() {
    }

    /** All the steps in a row: every labelled asset, most suspicious first. */
    public static List<Suspect> audit(Map<String, float[][]> embeddings, boolean[][] labels, List<String> terms,
                                      EnsembleSettings settings, SuspicionMethod method) {
        AuditPlan plan = AuditPlan.of(labels, terms, settings);
        List<float[][]> heldOut = new ArrayList<>();
        for (int b = 0; b < plan.bags().size(); b++) {
            heldOut.add(heldOut(plan, b, embeddings, labels, settings));
        }
        return rank(plan, heldOut, labels, terms, settings, method);
    }

    /**
     * One bag: a head per backbone trained on the bag's assets, and the backbones' mean
     * probabilities of the audited terms for the assets the bag left out (in
     * {@code bag.outOfBag()} order).
     */
    public static float[][] heldOut(AuditPlan plan, int bag, Map<String, float[][]> embeddings, boolean[][] labels,
                                    EnsembleSettings settings) {
        BagSample sample = plan.bags().get(bag);
        boolean[][] truth = EnsembleTraining.columns(labels, plan.terms().trained());
        List<String> audited = plan.audited();
        float[][] mean = new float[sample.outOfBag().length][audited.size()];
        for (float[][] x : embeddings.values()) {
            Pca pca = settings.pcaComponents() > 0 ? Pca.fit(x, Math.min(settings.pcaComponents(), x[0].length), settings.seed()) : null;
            float[][] input = pca == null ? x : pca.projectAll(x);
            Head head = Head.train(EnsembleTraining.rows(input, sample.inBag()), EnsembleTraining.rows(truth, sample.inBag()),
                    audited, AuditPlan.head(settings).withSeed(settings.seed() + bag));
            float[][] p = head.predictAll(EnsembleTraining.rows(input, sample.outOfBag()));
            for (int i = 0; i < p.length; i++) {
                for (int t = 0; t < audited.size(); t++) {
                    mean[i][t] += p[i][t] / embeddings.size();
                }
            }
        }
        return mean;
    }

    /**
     * Gathers the bags' held-out predictions (each asset: the mean of the bags that left it out),
     * tunes each audited term's threshold on them, and ranks every labelled asset.
     *
     * @param heldOutPerBag per bag, {@link #heldOut} of that bag
     */
    public static List<Suspect> rank(AuditPlan plan, List<float[][]> heldOutPerBag, boolean[][] labels, List<String> terms,
                                     EnsembleSettings settings, SuspicionMethod method) {
        List<String> audited = plan.audited();
        float[][] sum = new float[labels.length][audited.size()];
        int[] count = new int[labels.length];
        for (int b = 0; b < plan.bags().size(); b++) {
            int[] rows = plan.bags().get(b).outOfBag();
            for (int i = 0; i < rows.length; i++) {
                for (int t = 0; t < audited.size(); t++) {
                    sum[rows[i]][t] += heldOutPerBag.get(b)[i][t];
                }
                count[rows[i]]++;
            }
        }
        for (int i = 0; i < labels.length; i++) {
            for (int t = 0; t < audited.size(); t++) {
                sum[i][t] = count[i] == 0 ? Float.NaN : sum[i][t] / count[i];
            }
        }
        float[] thresholds = ThresholdTuning.tune(sum, EnsembleTraining.columns(labels, plan.terms().trained()),
                settings.combiner().beta(), settings.combiner().fallback(), settings.combiner().minPositives());
        return rank(sum, labels, terms, audited, thresholds, method);
    }

    /**
     * Scores held-out predictions of the audited terms against the labels.
     *
     * @param heldOut    n × audited.size() out-of-sample probabilities (a NaN row: not scored, ranked last)
     * @param labels     n × terms.size(), the current labels
     * @param audited    the terms the model was trained on, a subset of {@code terms}
     * @param thresholds tuned threshold per audited term
     */
    public static List<Suspect> rank(float[][] heldOut, boolean[][] labels, List<String> terms, List<String> audited,
                                     float[] thresholds, SuspicionMethod method) {
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
            double score = Float.isNaN(p[0]) ? Double.NEGATIVE_INFINITY : method.score(has, p, thresholds);
            suspects.add(new Suspect(i, score, current, Float.isNaN(p[0]) ? current : proposed(current, audited, p, thresholds)));
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
        List<String> unaudited = current.stream().filter(t -> !audited.contains(t)).toList();
        if (above.isEmpty() && unaudited.isEmpty()) {
            above.add(best);
        }
        above.sort(Comparator.comparingDouble((Integer a) -> p[a]).reversed());
        List<String> proposed = new ArrayList<>(above.stream().map(audited::get).toList());
        proposed.addAll(unaudited);
        return proposed;
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
