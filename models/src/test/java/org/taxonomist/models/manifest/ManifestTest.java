package org.taxonomist.models.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path folder;

    @Test
    void readsLabelsRelativeFilesAndReportsBadRowsByLine() throws IOException {
        Files.createDirectories(folder.resolve("img"));
        Files.write(folder.resolve("img/a.png"), new byte[] {1});
        Files.write(folder.resolve("img/b, c.png"), new byte[] {1});
        Path absolute = Files.write(folder.resolve("abs.png"), new byte[] {1});
        Path csv = write("file,labels\n"
                + "img/a.png,animals|birds | pelican\n"
                + "\"img/b, c.png\",\n"
                + absolute + ",\"food|\"\"quoted\"\"\"\n"
                + "img/missing.png,animals\n"
                + "img/a.png\n"
                + ",animals\n");

        Manifest manifest = Manifest.read(csv);

        assertEquals(3, manifest.entries().size());
        ManifestEntry first = manifest.entries().get(0);
        assertEquals(2, first.line());
        assertEquals(folder.resolve("img/a.png"), first.file());
        assertEquals(List.of("animals", "birds", "pelican"), first.labels());
        assertTrue(!manifest.entries().get(1).labelled(), "an empty labels field is an unlabelled image");
        assertEquals(List.of("food", "\"quoted\""), manifest.entries().get(2).labels());
        assertEquals(List.of("\"quoted\"", "animals", "birds", "food", "pelican"), manifest.terms());
        assertEquals(3, manifest.problems().size());
        assertTrue(manifest.problems().get(0).toString().startsWith("manifest.csv:5: ")
                && manifest.problems().get(0).reason().contains("does not exist"));
        assertEquals(6, manifest.problems().get(1).line());
        assertTrue(manifest.problems().get(1).reason().startsWith("expected 2 fields"));
        assertEquals(
                new ManifestProblem("manifest.csv", 7, "no file name"),
                manifest.problems().get(2));
    }

    @Test
    void keepsExtraColumnsAndQuotedLineBreaks() throws IOException {
        Files.write(folder.resolve("a.png"), new byte[] {1});
        Path csv = write("\uFEFFfile,title,labels\na.png,\"two\nlines\",x\n");
        ManifestEntry entry = Manifest.read(csv).entries().get(0);
        assertEquals("two\nlines", entry.columns().get("title"));
        assertEquals(List.of("x"), entry.labels());
    }

    @Test
    void quotesWhatCsvReadsBack() {
        List<String> fields = List.of("plain", "a,b", "say \"cheese\"", "two\nlines", "");
        String line = String.join(",", fields.stream().map(CsvRow::quote).toList());
        assertEquals(fields, CsvRow.parse(List.of(line.split("\n", -1))).get(0).fields());
        assertEquals("plain", CsvRow.quote("plain"));
    }

    @Test
    void refusesAManifestWithoutTheHeader() throws IOException {
        ManifestException error = assertThrows(ManifestException.class, () -> Manifest.read(write("a.png,x\n")));
        assertTrue(error.getMessage().contains("'file' and 'labels'"), error.getMessage());
    }

    /**
     * An import's manifest names only files in its folder: an absolute path, a {@code ..} path and a
     * link that leads out are refused alike, existing or not, and no problem names a path of this machine.
     */
    /** Found by ManifestFuzzTest: a NUL character in a file name failed the whole import. */
    @Test
    void aFileNameNoFileSystemTakesIsAProblemOfItsRow() throws IOException {
        Files.write(folder.resolve("a.png"), new byte[] {1});
        Path csv = write("file,labels\nbad\0name.png,x\na.png,y\n");

        Manifest manifest = Manifest.readConfined(csv);

        assertEquals(
                List.of(3), manifest.entries().stream().map(ManifestEntry::line).toList());
        assertEquals(
                new ManifestProblem("manifest.csv", 2, "'bad?name.png' is not a valid file name"),
                manifest.problems().get(0));
    }

    @Test
    void aConfinedManifestRefusesFilesOutsideItsFolderAndNamesNoServerPath() throws IOException {
        Path collection = Files.createDirectories(folder.resolve("collection"));
        Files.write(collection.resolve("inside.png"), new byte[] {1});
        Path secret = Files.write(folder.resolve("secret.png"), new byte[] {1});
        Files.createSymbolicLink(collection.resolve("link.png"), secret);
        Path csv = Files.writeString(
                collection.resolve("manifest.csv"),
                "file,labels\n"
                        + "inside.png,a\n"
                        + secret + ",a\n"
                        + "../secret.png,a\n"
                        + "../no-such-file.png,a\n"
                        + "link.png,a\n"
                        + "sub/../inside.png,a\n",
                StandardCharsets.UTF_8);

        Manifest confined = Manifest.readConfined(csv);

        assertEquals(
                List.of(2, 7),
                confined.entries().stream().map(ManifestEntry::line).toList());
        assertEquals(
                List.of(3, 4, 5, 6),
                confined.problems().stream().map(ManifestProblem::line).toList());
        for (ManifestProblem problem : confined.problems()) {
            assertTrue(problem.reason().endsWith(" is not inside the manifest's folder"), problem.toString());
            assertTrue(
                    !problem.reason().contains(folder.toString()) || problem.line() == 3,
                    "no server path of its own: " + problem);
        }
        assertEquals(5, Manifest.read(csv).entries().size(), "one's own manifest may name files anywhere");
        Path missing = Files.writeString(
                collection.resolve("manifest.csv"), "file,labels\nmissing.png,a\n", StandardCharsets.UTF_8);
        assertEquals(
                "missing.png does not exist",
                Manifest.readConfined(missing).problems().get(0).reason());
    }

    private Path write(String text) throws IOException {
        return Files.writeString(folder.resolve("manifest.csv"), text, StandardCharsets.UTF_8);
    }
}
