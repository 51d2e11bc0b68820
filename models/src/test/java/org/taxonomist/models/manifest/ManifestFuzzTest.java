package org.taxonomist.models.manifest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any manifest a librarian's import brings is read, or refused with a reason: rows name only files
 * inside the import's folder, and no problem names a path on the server. The folder holds an image
 * inside it and one beside it, as a real server would.
 */
class ManifestFuzzTest {

    private static final Path SERVER = folders();
    private static final Path IMPORT = SERVER.resolve("import");
    private static final Path CSV = IMPORT.resolve("manifest.csv");

    @MethodSource("manifests")
    // libFuzzer reads dictionary entries as printable ASCII, so other bytes are written \xNN.
    @DictionaryEntries({
        "file,labels\\x0A",
        "file",
        "labels",
        "\\x22",
        "\\x22\\x22",
        ",",
        "|",
        "\\x0A",
        "\\x0D\\x0A",
        "../",
        "..\\x5C",
        "/",
        "~",
        "inside.png",
        "../outside.png",
        "sub/",
        "\\x00",
        "%2e%2e/",
        "\\xEF\\xBB\\xBF"
    })
    @FuzzTest(maxDuration = "15s")
    void readsOnlyRowsInsideItsFolder(byte[] text) throws IOException {
        Files.write(CSV, text);
        // The fuzzer learns the folder's path from the comparisons below; a manifest may quote what it says itself,
        // also split by CSV quotes ("/tmp/manifest-fuzz"123 reads as /tmp/manifest-fuzz123: found by this test).
        boolean namesTheServer =
                new String(text, StandardCharsets.UTF_8).replace("\"", "").contains(SERVER.toString());
        Manifest manifest;
        try {
            manifest = Manifest.readConfined(CSV);
        } catch (ManifestException refused) {
            assertFalse(
                    !namesTheServer && refused.getMessage().contains(SERVER.toString()),
                    "no server path: " + refused.getMessage());
            return;
        }
        for (ManifestEntry entry : manifest.entries()) {
            Path file = entry.file().toAbsolutePath().normalize();
            assertTrue(file.startsWith(IMPORT) && !file.equals(IMPORT), "only the folder's files: " + entry.file());
            assertTrue(Files.isRegularFile(file), "only files that exist: " + entry.file());
        }
        for (ManifestProblem problem : manifest.problems()) {
            assertFalse(
                    !namesTheServer && problem.toString().contains(SERVER.toString()), "no server path: " + problem);
        }
    }

    static Stream<Arguments> manifests() {
        return Stream.of(
                        "file,labels\ninside.png,cats|dogs\n",
                        "file,labels\n../outside.png,cats\n",
                        "labels,file,title\n\"a|b\",sub/../inside.png,\"x, y\"\n",
                        "file\n" + IMPORT.resolve("inside.png") + "\n",
                        "\"" + SERVER.toString().substring(0, 5) + "\""
                                + SERVER.toString().substring(5) + "\n")
                .map(text -> Arguments.of((Object) text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Path folders() {
        try {
            Path server = Files.createTempDirectory("manifest-fuzz").toRealPath();
            Files.createDirectories(server.resolve("import/sub"));
            Files.write(server.resolve("import/inside.png"), new byte[] {1});
            Files.write(server.resolve("outside.png"), new byte[] {1});
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
