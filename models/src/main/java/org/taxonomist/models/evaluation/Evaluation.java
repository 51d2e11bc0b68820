package org.taxonomist.models.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The scorecard of one taxonomy field's predictions against the librarians' labels: per-term
 * precision, recall, F1 and support, micro-F1 (every decision counts the same, so frequent terms
 * dominate), macro-F1 (every term that occurs counts the same, so rare terms matter), and the
 * filling rate (how many assets autofill would give at least one term). It is what the console
 * shows and what is stored with a trained model, hence {@link #toJson()}.
 *
 * <pre>{@code
 * Evaluation e = Evaluation.of(probabilities, thresholds, truth, List.of("cat", "coffee"));
 * e.macroF1();
 * String json = e.toJson(); // {"micro_f1":…,"macro_f1":…,"filling_rate":…,"labels":{"cat":{…},…}}
 * }</pre>
 *
 * @param microF1     F1 over all (asset, term) decisions pooled
 * @param macroF1     mean F1 over the terms with support &gt; 0 (0 when there is none)
 * @param fillingRate share of the assets predicted to have at least one term
 * @param labels      one entry per term, in column order
 */
public record Evaluation(double microF1, double macroF1, double fillingRate, List<TermMetrics> labels) {

    public Evaluation {
        labels = List.copyOf(labels);
    }

    /** Scores yes/no predictions ({@code predictions[i][t]}: asset i was given term t). */
    public static Evaluation of(boolean[][] predictions, boolean[][] truth, List<String> terms) {
        Set<String> seen = new HashSet<>();
        for (String term : terms) {
            if (!seen.add(term)) {
                throw new IllegalArgumentException("Term named twice: " + term);
            }
        }
        long[][] counts = Metrics.confusion(predictions, truth);
        if (truth.length > 0 && counts.length != terms.size()) {
            throw new IllegalArgumentException(counts.length + " label columns but " + terms.size() + " term names");
        }
        List<TermMetrics> labels = new ArrayList<>(terms.size());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        double f1Sum = 0;
        int present = 0;
        for (int t = 0; t < terms.size(); t++) {
            long[] c = truth.length == 0 ? new long[3] : counts[t];
            long support = c[0] + c[2];
            double precision = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
            double recall = support == 0 ? 0 : c[0] / (double) support;
            double f1 = Metrics.fBeta(c[0], c[1], c[2], 1);
            labels.add(new TermMetrics(terms.get(t), precision, recall, f1, (int) support));
            tp += c[0];
            fp += c[1];
            fn += c[2];
            if (support > 0) {
                f1Sum += f1;
                present++;
            }
        }
        return new Evaluation(
                Metrics.fBeta(tp, fp, fn, 1),
                present == 0 ? 0 : f1Sum / present,
                Metrics.fillingRate(predictions),
                labels);
    }

    /** Scores probabilities cut at per-term thresholds ({@code probabilities[i][t] >= thresholds[t]}). */
    public static Evaluation of(float[][] probabilities, float[] thresholds, boolean[][] truth, List<String> terms) {
        if (thresholds.length != terms.size()) {
            throw new IllegalArgumentException(thresholds.length + " thresholds for " + terms.size() + " terms");
        }
        return of(Metrics.predict(probabilities, thresholds), truth, terms);
    }

    /** The metrics of one term, by name. */
    public TermMetrics label(String term) {
        for (TermMetrics m : labels) {
            if (m.term().equals(term)) {
                return m;
            }
        }
        throw new IllegalArgumentException("No term named " + term);
    }

    /**
     * {@code {"micro_f1":x,"macro_f1":y,"filling_rate":z,"labels":{"term":{"precision":…,"recall":…,"f1":…,"support":n}}}},
     * compact, terms in column order, numbers as Java writes doubles (valid JSON numbers).
     */
    public String toJson() {
        StringBuilder out = new StringBuilder(64 + 96 * labels.size());
        out.append("{\"micro_f1\":")
                .append(Json.number(microF1))
                .append(",\"macro_f1\":")
                .append(Json.number(macroF1))
                .append(",\"filling_rate\":")
                .append(Json.number(fillingRate))
                .append(",\"labels\":{");
        for (int t = 0; t < labels.size(); t++) {
            TermMetrics m = labels.get(t);
            if (t > 0) {
                out.append(',');
            }
            Json.string(out, m.term());
            out.append(":{\"precision\":")
                    .append(Json.number(m.precision()))
                    .append(",\"recall\":")
                    .append(Json.number(m.recall()))
                    .append(",\"f1\":")
                    .append(Json.number(m.f1()))
                    .append(",\"support\":")
                    .append(m.support())
                    .append('}');
        }
        return out.append("}}").toString();
    }
}
