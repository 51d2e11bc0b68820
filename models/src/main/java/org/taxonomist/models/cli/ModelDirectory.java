package org.taxonomist.models.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.taxonomist.models.ensemble.Ensemble;
import org.taxonomist.models.ensemble.TrainedEnsemble;
import org.taxonomist.models.evaluation.Json;

/**
 * A model version on disk: {@code ensemble.bin} (the ensemble), {@code backbones.txt} (one
 * backbone spec per line, to open them again) and {@code model.json} (for people: terms,
 * thresholds, combiner, out-of-bag metrics, terms that need more data, size and date).
 */
final class ModelDirectory {

    private ModelDirectory() {
    }

    static void write(Path folder, List<String> backboneSpecs, TrainedEnsemble trained, int trainingSize) {
        Ensemble ensemble = trained.ensemble();
        float[] thresholds = ensemble.thresholds();
        String thresholdJson = java.util.stream.IntStream.range(0, thresholds.length)
                .mapToObj(t -> Json.string(ensemble.terms().get(t)) + ":" + Json.number(thresholds[t])).collect(Collectors.joining(","));
        String json = "{\"trained_at\":" + Json.string(Instant.now().toString())
                + ",\"training_size\":" + trainingSize
                + ",\"backbones\":" + Json.strings(backboneSpecs)
                + ",\"combiner\":" + Json.string(ensemble.combiner().name())
                + ",\"combiner_scores\":{" + trained.combinerChoice().macroF1().entrySet().stream()
                        .map(e -> Json.string(e.getKey()) + ":" + Json.number(e.getValue())).collect(Collectors.joining(",")) + "}"
                + ",\"thresholds\":{" + thresholdJson + "}"
                + ",\"needs_more_data\":" + Json.strings(trained.needsMoreData())
                + ",\"out_of_bag\":" + trained.outOfBagEvaluation().toJson() + "}";
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve("ensemble.bin"), ensemble.toBytes());
            Files.write(folder.resolve("backbones.txt"), backboneSpecs, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("model.json"), json + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the model to " + folder, e);
        }
    }

    static Ensemble ensemble(Path folder) {
        try {
            return Ensemble.fromBytes(Files.readAllBytes(folder.resolve("ensemble.bin")));
        } catch (IOException e) {
            throw new UncheckedIOException(folder + " holds no model (ensemble.bin); make one with: taxonomist train --manifest M --out " + folder, e);
        }
    }

    static List<String> backboneSpecs(Path folder) {
        try {
            return Files.readAllLines(folder.resolve("backbones.txt"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + " holds no backbones.txt", e);
        }
    }
}
