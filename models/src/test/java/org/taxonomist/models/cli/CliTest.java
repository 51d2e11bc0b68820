package org.taxonomist.models.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taxonomist.models.store.ModelPackage;
import org.taxonomist.models.store.ModelStore;
import org.taxonomist.models.testdata.TestImages;

/**
 * The command-line tools end to end on real photos with the default backbone: a manifest of
 * cropped cats, coffees and motorcycles (one cat labelled as a vehicle), with a missing file, a
 * corrupt image and a bad CSV line that must be reported by line and skipped.
 */
class CliTest {

    static final String[][] SUBJECTS = {
        {TestImages.CAT, "animal"}, {TestImages.COFFEE, "food"}, {TestImages.MOTORCYCLE, "vehicle"}
    };

    @TempDir
    static Path folder;

    static Path manifest;

    @BeforeAll
    static void manifest() throws IOException {
        assumeTrue(
                ModelStore.fromEnvironment().isPresent(ModelPackage.NSFWJS),
                "nsfwjs model not fetched (built with -Dtaxonomist.skipFetch?)");
        List<String> lines = new ArrayList<>(List.of("file,labels"));
        for (String[] subject : SUBJECTS) {
            for (int crop = 0; crop < 5; crop++) {
                String name = subject[1] + "-" + crop + ".png";
                crop(subject[0], crop * 3, folder.resolve(name));
                lines.add(name + "," + subject[1]);
            }
        }
        crop(TestImages.CAT, 16, folder.resolve("cat-as-vehicle.png"));
        lines.add("cat-as-vehicle.png,vehicle"); // line 17: a wrong label
        lines.add("gone.png,food"); // line 18: missing
        Files.writeString(folder.resolve("corrupt.png"), "not an image");
        lines.add("corrupt.png,food"); // line 19: unreadable
        lines.add("\"unterminated,food"); // line 20: bad CSV
        manifest = folder.resolve("manifest.csv");
        Files.write(manifest, lines);
        Files.write(
                folder.resolve("unlabelled.csv"),
                List.of("file,labels", TestImages.photo("motorcycle_right.png") + ","));
    }

    @Test
    void evaluateReportsBadRowsByLineAndEndsWithTheScores() throws Exception {
        Path json = folder.resolve("evaluation.json");
        List<String> out = run(
                "evaluate",
                "--manifest",
                manifest.toString(),
                "--folds",
                "2",
                "--min-assets",
                "4",
                "--bags",
                "3",
                "--json",
                json.toString());
        assertTrue(out.stream().anyMatch(l -> l.contains(":18:") && l.contains("gone.png")), String.join("\n", out));
        assertTrue(
                out.stream().anyMatch(l -> l.contains(":19:") && l.contains("corrupt.png") && l.contains("skipped")),
                String.join("\n", out));
        assertTrue(out.stream().anyMatch(l -> l.contains(":20:")), "the bad CSV line is named: " + out);
        // The run ends with the scores, then lists the skipped files again.
        int summary = out.indexOf("Skipped: 3 files");
        assertTrue(summary > 0, "the skipped files are listed at the end: " + out);
        assertTrue(out.get(summary - 1).matches("micro_f1=\\d\\.\\d{4} macro_f1=\\d\\.\\d{4}"), out.get(summary - 1));
        List<String> listed = out.subList(summary + 1, out.size());
        assertEquals(3, listed.size(), listed.toString());
        for (String line : List.of(":18:", ":19:", ":20:")) {
            assertTrue(listed.stream().anyMatch(l -> l.startsWith("  ") && l.contains(line)), line + " in " + listed);
        }
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertTrue(report.get("macro_f1").asDouble() > 0.8, report.toString());
        assertTrue(report.get("labels").get("vehicle").has("precision"), report.toString());
    }

    @Test
    void trainedModelTagsAnUnseenPhotoAndTheAuditPutsTheWrongLabelFirst() throws Exception {
        Path model = folder.resolve("model");
        run("train", "--manifest", manifest.toString(), "--out", model.toString(), "--min-assets", "4", "--bags", "3");
        List<String> tagged = run(
                "tag",
                "--model",
                model.toString(),
                "--manifest",
                folder.resolve("unlabelled.csv").toString());
        assertEquals("Skipped: no file.", tagged.get(tagged.size() - 1));
        assertTrue(
                tagged.get(tagged.size() - 2).matches(".*motorcycle_right.png\tvehicle:[01]\\.\\d{3}"),
                String.join("\n", tagged));

        Path suspects = folder.resolve("suspects.csv");
        run(
                "audit",
                "--manifest",
                manifest.toString(),
                "--out",
                suspects.toString(),
                "--min-assets",
                "4",
                "--bags",
                "5");
        List<String> csv = Files.readAllLines(suspects);
        assertEquals("file,score,labels,suggested", csv.get(0));
        assertEquals(1 + 16, csv.size(), "every labelled, readable file");
        String first = csv.get(1);
        assertTrue(first.contains("cat-as-vehicle.png") && first.endsWith(",vehicle,animal"), String.join("\n", csv));
        double previous = Double.MAX_VALUE;
        for (String line : csv.subList(1, csv.size())) {
            double score = Double.parseDouble(line.split(",")[1]);
            assertTrue(score <= previous, "most suspicious first: " + csv);
            previous = score;
        }
    }

    private static List<String> run(String... args) throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Cli(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(List.of(args));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The photo less {@code percent}% on every side. */
    private static void crop(String photo, int percent, Path target) throws IOException {
        BufferedImage image = ImageIO.read(TestImages.photo(photo).toFile());
        int w = image.getWidth();
        int h = image.getHeight();
        ImageIO.write(
                image.getSubimage(
                        w * percent / 100,
                        h * percent / 100,
                        w * (100 - 2 * percent) / 100,
                        h * (100 - 2 * percent) / 100),
                "png",
                target.toFile());
    }
}
