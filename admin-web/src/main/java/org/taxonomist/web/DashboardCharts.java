package org.taxonomist.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.taxonomist.dashboard.FillingHistory;
import org.taxonomist.dashboard.FillingRate;
import org.taxonomist.dashboard.PendingDecisions.FieldQueue;

/**
 * The dashboard's Chart.js configurations, for {@code p:chart}. Field names are user text: the
 * characters that could end the page's script element are escaped.
 */
final class DashboardCharts {

    private static final String[] COLOURS = {
        "#2196f3", "#e65100", "#2e7d32", "#8e24aa", "#c62828", "#00838f", "#f9a825", "#5d4037"
    };
    private static final String SUGGESTIONS = "#2196f3";
    private static final String CORRECTIONS = "#e65100";

    private DashboardCharts() {}

    /** A bar per field: the share of assets with a term in it. */
    static String fillingNow(List<FillingRate> rates) {
        return script(Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add(
                                        "labels",
                                        labels(rates.stream()
                                                .map(FillingRate::field)
                                                .toList()))
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", "filled")
                                                        .add("data", numbers(rates, FillingRate::percent))
                                                        .add("backgroundColor", COLOURS[0]))))
                .add("options", options(false, percentScale())));
    }

    /** A line per field over the recorded days; a day a field was not recorded is a gap bridged by the line. */
    static String fillingOverTime(FillingHistory history) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (var field : history.percents().entrySet()) {
            String colour = COLOURS[i++ % COLOURS.length];
            JsonArrayBuilder points = Json.createArrayBuilder();
            field.getValue().forEach(p -> {
                if (p == null) {
                    points.addNull();
                } else {
                    points.add(p);
                }
            });
            datasets.add(Json.createObjectBuilder()
                    .add("label", field.getKey())
                    .add("data", points)
                    .add("borderColor", colour)
                    .add("backgroundColor", colour)
                    .add("spanGaps", true)
                    .add("tension", 0.2)
                    .add("pointRadius", 3));
        }
        return script(Json.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add(
                                        "labels",
                                        labels(history.days().stream()
                                                .map(Object::toString)
                                                .toList()))
                                .add("datasets", datasets))
                // Offset: a single recorded day sits in the middle, not on the axis.
                .add(
                        "options",
                        options(
                                true,
                                percentScale()
                                        .add("x", Json.createObjectBuilder().add("offset", true)))));
    }

    /** Stacked bars per field: pending suggestions and corrections. */
    static String pendingPerField(List<FieldQueue> queues) {
        return script(Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add(
                                        "labels",
                                        labels(queues.stream()
                                                .map(FieldQueue::field)
                                                .toList()))
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", "suggestions")
                                                        .add("data", numbers(queues, FieldQueue::suggestions))
                                                        .add("backgroundColor", SUGGESTIONS))
                                                .add(Json.createObjectBuilder()
                                                        .add("label", "corrections")
                                                        .add("data", numbers(queues, FieldQueue::corrections))
                                                        .add("backgroundColor", CORRECTIONS))))
                .add(
                        "options",
                        options(
                                true,
                                Json.createObjectBuilder()
                                        .add("x", Json.createObjectBuilder().add("stacked", true))
                                        .add(
                                                "y",
                                                Json.createObjectBuilder()
                                                        .add("stacked", true)
                                                        .add("beginAtZero", true)
                                                        .add(
                                                                "ticks",
                                                                Json.createObjectBuilder()
                                                                        .add("precision", 0))))));
    }

    private static JsonObjectBuilder percentScale() {
        return Json.createObjectBuilder()
                .add(
                        "y",
                        Json.createObjectBuilder()
                                .add("min", 0)
                                .add("max", 100)
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("display", true)
                                                .add("text", "% of assets with a term")));
    }

    private static JsonObjectBuilder options(boolean legend, JsonObjectBuilder scales) {
        return Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", legend)))
                .add("scales", scales);
    }

    private static JsonArrayBuilder labels(List<String> labels) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        labels.forEach(array::add);
        return array;
    }

    private static <T> JsonArrayBuilder numbers(List<T> rows, ToDoubleFunction<T> value) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        rows.forEach(r -> array.add(value.applyAsDouble(r)));
        return array;
    }

    private static String script(JsonObjectBuilder config) {
        JsonObject json = config.build();
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
