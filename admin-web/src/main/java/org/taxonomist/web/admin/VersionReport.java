package org.taxonomist.web.admin;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taxonomist.models.ensemble.LeftOutTerm;

/**
 * A model version's training report (ModelReport JSON) read for the Models page: per-term rows,
 * the terms that need more data, the combiners' scores, and a term's threshold-vs-F1 chart.
 */
public final class VersionReport implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String json;

    public VersionReport(String json) {
        this.json = json;
    }

    private JsonObject report() {
        return Json.createReader(new StringReader(json)).readObject();
    }

    public List<TermRow> terms() {
        JsonObject report = report();
        JsonObject labels = report.getJsonObject("out_of_bag").getJsonObject("labels");
        JsonObject thresholds = report.getJsonObject("thresholds");
        List<TermRow> rows = new ArrayList<>();
        for (Map.Entry<String, JsonValue> e : labels.entrySet()) {
            JsonObject m = e.getValue().asJsonObject();
            rows.add(new TermRow(
                    e.getKey(),
                    m.getJsonNumber("precision").doubleValue(),
                    m.getJsonNumber("recall").doubleValue(),
                    m.getJsonNumber("f1").doubleValue(),
                    m.getInt("support"),
                    thresholds.getJsonNumber(e.getKey()).doubleValue()));
        }
        return rows;
    }

    /** The term's row, unless the version left it out. */
    public Optional<TermRow> term(String term) {
        return terms().stream().filter(t -> t.term().equals(term)).findFirst();
    }

    /**
     * The terms left out for lack of labelled assets, as "household: 17 labelled assets, needs 30"
     * (by name alone for versions trained before the counts were kept).
     */
    public List<String> needsMoreData() {
        JsonObject report = report();
        if (!report.containsKey("left_out")) {
            return report.getJsonArray("needs_more_data").getValuesAs(v -> ((jakarta.json.JsonString) v).getString());
        }
        return report.getJsonArray("left_out").getValuesAs(JsonObject.class).stream()
                .map(t -> new LeftOutTerm(t.getString("term"), t.getInt("labelled_assets"), t.getInt("needed"))
                        .toString())
                .toList();
    }

    /**
     * Per backbone, the head its bags use and how every candidate ranked the held-out assets:
     * "nsfwjs-mobilenet_v2@4.3.0: logistic C=0.1 (logistic C=0.01 0.871 · logistic C=0.1 0.902 · mlp 512-512 0.855)";
     * empty for versions trained before heads were chosen.
     */
    public List<String> heads() {
        JsonObject report = report();
        if (!report.containsKey("heads")) {
            return List.of();
        }
        List<String> rows = new ArrayList<>();
        report.getJsonObject("heads").forEach((backbone, value) -> {
            JsonObject choice = value.asJsonObject();
            StringBuilder scores = new StringBuilder();
            choice.getJsonObject("macro_average_precision")
                    .forEach((head, score) -> scores.append(scores.isEmpty() ? "" : " · ")
                            .append(head)
                            .append(' ')
                            .append(String.format("%.3f", ((jakarta.json.JsonNumber) score).doubleValue())));
            rows.add(backbone + ": " + choice.getString("chosen") + " (" + scores + ")");
        });
        return rows;
    }

    /**
     * A precision an admin can ask autofill for, and what it promises on this version's held-out
     * predictions: "0.95: fills 62% of empty fields, held-out precision 0.957; left to review: dog, cat".
     */
    public record AutofillOption(double precision, String label) implements Serializable {}

    /** One option per precision the version kept a plan for; none for versions trained before autofill plans. */
    public List<AutofillOption> autofillOptions() {
        JsonObject report = report();
        if (!report.containsKey("autofill")) {
            return List.of();
        }
        List<AutofillOption> options = new ArrayList<>();
        for (JsonObject plan : report.getJsonArray("autofill").getValuesAs(JsonObject.class)) {
            double precision = plan.getJsonNumber("precision").doubleValue();
            List<String> toReview = plan.getJsonObject("thresholds").entrySet().stream()
                    .filter(e -> e.getValue().getValueType() == JsonValue.ValueType.NULL)
                    .map(Map.Entry::getKey)
                    .toList();
            JsonValue expected = plan.get("expected_precision");
            String label = String.format(
                            "%.2f: fills %.0f%% of empty fields",
                            precision, plan.getJsonNumber("coverage").doubleValue() * 100)
                    + (expected instanceof jakarta.json.JsonNumber n
                            ? String.format(", held-out precision %.3f", n.doubleValue())
                            : "")
                    + (toReview.isEmpty() ? "" : "; left to review: " + String.join(", ", toReview));
            options.add(new AutofillOption(precision, label));
        }
        return options;
    }

    /** "average 0.71 · stacker 0.74 …", or empty for a single backbone. */
    public String combinerScores() {
        StringBuilder out = new StringBuilder();
        report().getJsonObject("combiner_scores")
                .forEach((name, score) -> out.append(out.isEmpty() ? "" : " · ")
                        .append(name)
                        .append(' ')
                        .append(String.format("%.3f", ((jakarta.json.JsonNumber) score).doubleValue())));
        return out.toString();
    }

    /**
     * Chart.js configuration of the term's F1 against the threshold, with the tuned threshold
     * marked. Characters that could end the page's script element are escaped: term names are
     * user text.
     */
    public String chart(String term) {
        JsonObject report = report();
        JsonArray curve = report.getJsonObject("curves").getJsonArray(term);
        double tuned = report.getJsonObject("thresholds").getJsonNumber(term).doubleValue();
        var points = Json.createArrayBuilder();
        curve.forEach(p -> points.add(Json.createObjectBuilder()
                .add("x", p.asJsonArray().getJsonNumber(0).doubleValue())
                .add("y", p.asJsonArray().getJsonNumber(1).doubleValue())));
        double tunedF1 = report.getJsonObject("out_of_bag")
                .getJsonObject("labels")
                .getJsonObject(term)
                .getJsonNumber("f1")
                .doubleValue();
        JsonObject config = Json.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", "F1 of " + term + " (out-of-bag)")
                                                        .add("data", points)
                                                        .add("borderColor", "#2563eb")
                                                        .add("tension", 0.2)
                                                        .add("pointRadius", 2))
                                                .add(Json.createObjectBuilder()
                                                        .add("label", "tuned threshold")
                                                        .add("type", "scatter")
                                                        .add(
                                                                "data",
                                                                Json.createArrayBuilder()
                                                                        .add(Json.createObjectBuilder()
                                                                                .add("x", tuned)
                                                                                .add("y", tunedF1)))
                                                        .add("backgroundColor", "#dc2626")
                                                        .add("pointRadius", 6))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("type", "linear")
                                                                .add("min", 0)
                                                                .add("max", 1)
                                                                .add(
                                                                        "title",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", true)
                                                                                .add("text", "threshold")))
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", 1)
                                                                .add(
                                                                        "title",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", true)
                                                                                .add("text", "F1")))))
                .build();
        return config.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
