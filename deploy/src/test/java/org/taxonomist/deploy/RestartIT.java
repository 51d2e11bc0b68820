package org.taxonomist.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.taxonomist.models.testdata.TestImages;

/**
 * The README's launcher, the real server process, restarts and a crash: nothing uploaded or
 * decided is lost, on the embedded H2 default and on PostgreSQL.
 */
class RestartIT {

    private static final String PASSWORD = "restart-admin-password";

    @Test
    void h2DefaultKeepsEverythingAcrossCrashAndRestart() throws IOException {
        keepsEverythingAcrossCrashAndRestart(freshHome("h2"), Map.of());
    }

    @Test
    void postgresqlKeepsEverythingAcrossCrashAndRestart() throws IOException {
        try (Postgres database = Postgres.freshDatabase("restart")) {
            keepsEverythingAcrossCrashAndRestart(freshHome("postgresql"), database.environment());
        }
    }

    private void keepsEverythingAcrossCrashAndRestart(Path home, Map<String, String> database) throws IOException {
        Map<String, String> environment = new java.util.HashMap<>(database);
        environment.put("TAXONOMIST_ADMIN_PASSWORD", PASSWORD);
        long id;
        try (RunningServer server = RunningServer.start(home, environment)) {
            Api.Answer created = server.api("admin", PASSWORD)
                    .upload(
                            "coffee.png",
                            Files.readAllBytes(TestImages.photo("coffee.png")),
                            "Morning coffee",
                            "espresso");
            assertEquals(201, created.status(), created.body());
            id = created.json().get("id").asLong();
            server.crash();
        }

        // As left by a version whose index held raw vectors compared by cosine: rebuilt at start (the crash may also
        // have lost the upload's document, which is rebuilt too; SearchIndexRecoveryTest tells the reasons apart).
        Path layout = home.resolve("index/layout");
        assertEquals("2", Files.readString(layout).strip(), "the index's layout is kept beside it");
        Files.writeString(layout, "1\n");
        JsonNode suggestion;
        try (RunningServer server = RunningServer.start(home, environment)) {
            assertTrue(server.output().contains(": rebuilding it"), "an index of another layout is rebuilt");
            assertEquals("2", Files.readString(layout).strip());
            Api admin = server.api("admin", PASSWORD);
            JsonNode asset = admin.await(
                            "api/assets/" + id, a -> a.json().get("suggestions").size() > 0, Duration.ofSeconds(90))
                    .json();
            suggestion = asset.get("suggestions").get(0);
            assertEquals(
                    200,
                    admin.post("api/suggestions/" + suggestion.get("id").asLong() + "/approve", null)
                            .status());
        }

        deleteTree(home.resolve("index")); // lost, as on a restore from a backup of the database alone
        try (RunningServer server = RunningServer.start(home, environment)) {
            Api admin = server.api("admin", PASSWORD);
            JsonNode asset = admin.get("api/assets/" + id).json();
            String term = suggestion.get("term").asText();
            assertEquals(
                    term,
                    asset.get("fields")
                            .get(suggestion.get("field").asText())
                            .get(0)
                            .asText());
            assertEquals(
                    "APPROVED", asset.get("suggestions").get(0).get("status").asText());
            JsonNode hits = admin.get("api/search?q=espresso").json();
            assertTrue(
                    StreamSupport.stream(hits.get("assets").spliterator(), false)
                            .anyMatch(a -> a.get("id").asLong() == id),
                    "the search index, rebuilt from the database, finds the asset by its keyword: " + hits);
            assertEquals(1, admin.get("api/search").json().get("total").asLong(), "one asset, stored once");
            Api.Answer byImage = admin.multipart(
                    "api/search/by-image", "query.png", Files.readAllBytes(TestImages.photo("coffee.png")), Map.of());
            assertEquals(200, byImage.status(), byImage.body());
            assertEquals(
                    id,
                    byImage.json().get("assets").get(0).get("id").asLong(),
                    "the image vectors are back in the index: " + byImage.body());
            JsonNode embeddings = admin.get("api/embeddings").json();
            assertEquals(1, embeddings.path("nsfwjs-mobilenet_v2@4.3.0").asLong(), embeddings.toString());
            assertEquals(
                    1,
                    embeddings.path("human-centernet@3.3.6").asLong(),
                    "the default backbones embedded the upload, the detector's from its detection pass: " + embeddings);
        }
        try (var written = Files.walk(home)) {
            List<String> readableByOthers = written.filter(Files::isRegularFile)
                    .filter(f ->
                            !f.getFileName().toString().startsWith("server-")) // the test's own capture of the output
                    .filter(RestartIT::readableByOthers)
                    .map(home::relativize)
                    .map(Path::toString)
                    .toList();
            assertEquals(List.of(), readableByOthers, "the server's files are its owner's only");
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        assertTrue(Files.isDirectory(directory), directory + " is where the server keeps its search index");
        try (var tree = Files.walk(directory)) {
            for (Path path : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.contains(PosixFilePermission.OTHERS_READ)
                    || permissions.contains(PosixFilePermission.GROUP_READ);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path freshHome(String name) throws IOException {
        Path home =
                Path.of("target", "restart-" + name + "-" + System.nanoTime()).toAbsolutePath();
        return Files.createDirectories(home);
    }
}
