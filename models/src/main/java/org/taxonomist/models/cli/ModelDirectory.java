package org.taxonomist.models.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.taxonomist.models.ensemble.Ensemble;
import org.taxonomist.models.ensemble.ModelReport;
import org.taxonomist.models.ensemble.TrainedEnsemble;

/**
 * A model version on disk: {@code ensemble.bin} (the ensemble), {@code backbones.txt} (one
 * backbone spec per line, to open them again) and {@code model.json} ({@link ModelReport}, for people).
 */
final class ModelDirectory {

    private ModelDirectory() {}

    static void write(Path folder, List<String> backboneSpecs, TrainedEnsemble trained, int trainingSize) {
        String json = ModelReport.json(trained, backboneSpecs, trainingSize, Instant.now());
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve("ensemble.bin"), trained.ensemble().toBytes());
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
            throw new UncheckedIOException(
                    folder + " holds no model (ensemble.bin); make one with: taxonomist train --manifest M --out "
                            + folder,
                    e);
        }
    }

    static List<String> backboneSpecs(Path folder) {
        try {
            return Files.readAllLines(folder.resolve("backbones.txt"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + " holds no backbones.txt", e);
        }
    }
}
