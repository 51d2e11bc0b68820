package org.taxonomist.models.ensemble;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.taxonomist.models.evaluation.AutofillPlan;
import org.taxonomist.models.evaluation.Json;

/**
 * What people read about a trained model version, as JSON: when and on how many assets it was
 * trained, its backbones, the combiner and how every candidate scored, the head each backbone uses
 * and how every candidate ranked, the tuned thresholds, the terms left out for lack of labels (by
 * name, and with their counts), the out-of-bag metrics, the autofill plan per precision an admin
 * can ask for, and each term's threshold-vs-F curve. The command line writes it as
 * {@code model.json}; the server stores it with each version for the Models page.
 *
 * <pre>{@code
 * {"trained_at":"2026-11-24T10:00:00Z","training_size":785,"backbones":["nsfwjs:mobilenet_v2"],
 *  "combiner":"average","combiner_scores":{},
 *  "heads":{"nsfwjs:mobilenet_v2":{"chosen":"logistic C=0.1","macro_average_precision":{"logistic C=0.1":0.83,…}}},
 *  "thresholds":{"animals":0.35},"needs_more_data":["mice"],"left_out":[{"term":"mice","labelled_assets":4,"needed":30}],
 *  "out_of_bag":{"micro_f1":…,"macro_f1":…,"filling_rate":…,"labels":{…}},
 *  "autofill":[{"precision":0.95,"expected_precision":0.96,"coverage":0.62,"thresholds":{"animals":0.83,"mice":null}},…],
 *  "curves":{"animals":[[0.0,0.21],…]}}
 * }</pre>
 */
public final class ModelReport {

    private ModelReport() {}

    public static String json(TrainedEnsemble trained, List<String> backbones, int trainingSize, Instant trainedAt) {
        Ensemble ensemble = trained.ensemble();
        List<String> terms = ensemble.terms();
        float[] thresholds = ensemble.thresholds();
        return "{\"trained_at\":" + Json.string(trainedAt.toString())
                + ",\"training_size\":" + trainingSize
                + ",\"backbones\":" + Json.strings(backbones)
                + ",\"combiner\":" + Json.string(ensemble.combiner().name())
                + ",\"combiner_scores\":"
                + trained.combinerChoice().macroF1().entrySet().stream()
                        .map(e -> Json.string(e.getKey()) + ":" + Json.number(e.getValue()))
                        .collect(Collectors.joining(",", "{", "}"))
                + ",\"thresholds\":"
                + IntStream.range(0, terms.size())
                        .mapToObj(t -> Json.string(terms.get(t)) + ":" + Json.number(thresholds[t]))
                        .collect(Collectors.joining(",", "{", "}"))
                + ",\"heads\":"
                + trained.headChoices().stream()
                        .map(h -> Json.string(h.backbone()) + ":{\"chosen\":" + Json.string(h.winner())
                                + ",\"macro_average_precision\":"
                                + h.macroAveragePrecision().entrySet().stream()
                                        .map(e -> Json.string(e.getKey()) + ":" + Json.number(e.getValue()))
                                        .collect(Collectors.joining(",", "{", "}"))
                                + "}")
                        .collect(Collectors.joining(",", "{", "}"))
                + ",\"needs_more_data\":"
                + Json.strings(
                        trained.needsMoreData().stream().map(LeftOutTerm::term).toList())
                + ",\"left_out\":" + leftOut(trained.needsMoreData())
                + ",\"out_of_bag\":" + trained.outOfBagEvaluation().toJson()
                + ",\"autofill\":"
                + trained.autofillPlans().stream()
                        .map(p -> autofill(p, terms))
                        .collect(Collectors.joining(",", "[", "]"))
                + ",\"curves\":"
                + IntStream.range(0, terms.size())
                        .mapToObj(t -> Json.string(terms.get(t)) + ":"
                                + curve(trained.thresholdCurves().get(t)))
                        .collect(Collectors.joining(",", "{", "}"))
                + "}";
    }

    /** {@code {"precision":0.95,"expected_precision":0.96,"coverage":0.62,"thresholds":{"cat":0.83,"dog":null}}}: null, left to review. */
    private static String autofill(AutofillPlan plan, List<String> terms) {
        return "{\"precision\":" + Json.number(plan.precision())
                + ",\"expected_precision\":" + orNull(plan.expectedPrecision())
                + ",\"coverage\":" + Json.number(plan.coverage())
                + ",\"thresholds\":"
                + IntStream.range(0, terms.size())
                        .mapToObj(t -> Json.string(terms.get(t)) + ":" + orNull(plan.thresholds()[t]))
                        .collect(Collectors.joining(",", "{", "}"))
                + "}";
    }

    private static String orNull(double value) {
        return Double.isNaN(value) ? "null" : Json.number(value);
    }

    /** {@code [{"term":"mice","labelled_assets":4,"needed":30},…]}. */
    public static String leftOut(List<LeftOutTerm> terms) {
        return terms.stream()
                .map(l -> "{\"term\":" + Json.string(l.term()) + ",\"labelled_assets\":" + l.labelledAssets()
                        + ",\"needed\":" + l.needed() + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String curve(double[][] points) {
        return java.util.Arrays.stream(points)
                .map(p -> "[" + Json.number(p[0]) + "," + Json.number(p[1]) + "]")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
