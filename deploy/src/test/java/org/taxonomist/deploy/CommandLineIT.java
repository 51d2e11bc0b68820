package org.taxonomist.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taxonomist.models.testdata.TestImages;

/**
 * Every command-line tool the README documents, run through the launcher as a user runs it, on a
 * small real collection (crops of three photos) with a missing file, a file that is not an image and
 * a bad CSV line: each command finishes, names the bad rows by line, skips them and says what it did.
 */
class CommandLineIT {

    private static final Path LAUNCHER = Path.of("bin/taxonomist").toAbsolutePath();
    private static final String[][] SUBJECTS = {
        {TestImages.CAT, "animal"}, {TestImages.COFFEE, "food"}, {TestImages.MOTORCYCLE, "vehicle"}
    };

    @TempDir
    static Path folder;

    static Path manifest;

    @BeforeAll
    static void collection() throws IOException {
        List<String> lines = new ArrayList<>(List.of("file,labels"));
        for (String[] subject : SUBJECTS) {
            BufferedImage photo = ImageIO.read(TestImages.photo(subject[0]).toFile());
            for (int crop = 0; crop < 5; crop++) {
                String name = subject[1] + "-" + crop + ".png";
                int w = photo.getWidth();
                int h = photo.getHeight();
                int p = crop * 3;
                ImageIO.write(
                        photo.getSubimage(w * p / 100, h * p / 100, w * (100 - 2 * p) / 100, h * (100 - 2 * p) / 100),
                        "png",
                        folder.resolve(name).toFile());
                lines.add(name + "," + subject[1]);
            }
        }
        lines.add("gone.png,food"); // line 17: missing
        Files.writeString(folder.resolve("notes.png"), "not an image");
        lines.add("notes.png,food"); // line 18: not an image
        lines.add("\"unterminated,food"); // line 19: bad CSV
        manifest = Files.write(folder.resolve("manifest.csv"), lines);
        Files.write(
                folder.resolve("unlabelled.csv"),
                List.of("file,labels", TestImages.photo("motorcycle_right.png") + ","));
    }

    @Test
    void everyDocumentedCommandRunsThroughTheLauncherAndSkipsBadRows() throws Exception {
        String m = manifest.toString();
        String embedded = run("embed", "--manifest", m);
        assertSkipsTheBadRows(embedded);

        Path model = folder.resolve("model");
        assertSkipsTheBadRows(
                run("train", "--manifest", m, "--out", model.toString(), "--min-assets", "4", "--bags", "3"));
        String tagged = run(
                "tag",
                "--model",
                model.toString(),
                "--manifest",
                folder.resolve("unlabelled.csv").toString());
        assertTrue(tagged.lines().anyMatch(l -> l.matches(".*motorcycle_right.png\tvehicle:[01]\\.\\d{3}")), tagged);

        String evaluated = run("evaluate", "--manifest", m, "--folds", "2", "--min-assets", "4", "--bags", "3");
        assertSkipsTheBadRows(evaluated);
        assertTrue(
                evaluated.lines().anyMatch(l -> l.matches("micro_f1=\\d\\.\\d{4} macro_f1=\\d\\.\\d{4}")), evaluated);

        Path suspects = folder.resolve("suspects.csv");
        assertSkipsTheBadRows(
                run("audit", "--manifest", m, "--out", suspects.toString(), "--min-assets", "4", "--bags", "5"));
        List<String> csv = Files.readAllLines(suspects);
        assertEquals("file,score,labels,suggested", csv.get(0));
        assertEquals(1 + 15, csv.size(), "every labelled, readable file: " + csv);

        String bench = run("bench", "--manifest", m);
        assertSkipsTheBadRows(bench);
        assertTrue(
                bench.lines()
                        .anyMatch(l -> l.matches(
                                ".*end-to-end [0-9.]+ images/s, model-only [0-9.]+ images/s.*, 15 images, .*")),
                bench);
    }

    private static void assertSkipsTheBadRows(String output) {
        assertTrue(output.contains("manifest.csv:17: gone.png does not exist (skipped)"), output);
        assertTrue(
                output.lines()
                        .anyMatch(l ->
                                l.contains("manifest.csv:18:") && l.contains("notes.png") && l.endsWith("(skipped)")),
                output);
        assertTrue(output.contains("manifest.csv:19:"), "the bad CSV line is named: " + output);
        String end = output.substring(Math.max(0, output.lastIndexOf("Skipped: ")));
        assertTrue(end.startsWith("Skipped: 3 files"), "the skipped files are listed again at the end: " + output);
        for (String line : List.of("manifest.csv:17:", "manifest.csv:18:", "manifest.csv:19:")) {
            assertTrue(end.contains("\n  " + line), line + " in " + end);
        }
    }

    /** Runs {@code taxonomist <args>}; fails unless it exits 0. Embeddings are cached in the test's folder. */
    private static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path log = folder.resolve(args[0] + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TAXONOMIST_CACHE", folder.resolve("cache").toString());
        builder.environment().put("TAXONOMIST_JAVA_OPTS", "-Xmx2g");
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(
                    "taxonomist " + args[0] + " did not finish in 10 minutes: " + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "taxonomist " + String.join(" ", args) + ":\n" + output);
        return output;
    }
}
