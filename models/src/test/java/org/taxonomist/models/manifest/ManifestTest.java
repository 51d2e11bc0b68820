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
        assertTrue(manifest.problems().get(0).toString().startsWith("manifest.csv:5: ") && manifest.problems().get(0).reason().contains("does not exist"));
        assertEquals(6, manifest.problems().get(1).line());
        assertTrue(manifest.problems().get(1).reason().startsWith("expected 2 fields"));
        assertEquals(new ManifestProblem("manifest.csv", 7, "no file name"), manifest.problems().get(2));
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

    private Path write(String text) throws IOException {
        return Files.writeString(folder.resolve("manifest.csv"), text, StandardCharsets.UTF_8);
    }
}
