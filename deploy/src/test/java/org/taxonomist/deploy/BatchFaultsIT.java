package org.taxonomist.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A retag in the real server process, killed (SIGKILL) half-way: after a restart of the server
 * the execution shows as failed, restarting it goes on from its last checkpoint, every asset ends
 * up tagged once, and the images that cannot be read are skipped and listed with their reason.
 * And a retag on PostgreSQL whose database goes away for a few seconds: it fails, keeps exactly
 * what its committed chunks wrote, and a restart finishes it.
 */
class BatchFaultsIT {

    private static final String PASSWORD = "faults-admin-password";
    private static final int ASSETS = 100;
    static final String ONE_BACKBONE = "nsfwjs:mobilenet_v2";
    static final String DEFAULT_BACKBONE = "nsfwjs-mobilenet_v2@4.3.0";
    /** A second backbone makes every image be read again by the retag, as when an admin adds one. */
    private static final String TWO_BACKBONES = "nsfwjs:mobilenet_v2,nsfwjs:mobilenet_v2_mid";

    @Test
    void aKilledRetagIsRestartedFromItsCheckpointAndSkipsUnreadableImages() throws IOException {
        Path home = Files.createDirectories(
                Path.of("target", "faults-" + System.nanoTime()).toAbsolutePath());
        List<Long> ids = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        try (RunningServer server = RunningServer.start(home, environment(ONE_BACKBONE))) {
            for (JsonNode created : uploadShapes(server.api("admin", PASSWORD), ASSETS, 7)) {
                ids.add(created.get("id").asLong());
                hashes.add(created.get("contentHash").asText());
            }
        }
        int last = ASSETS - 1; // near the end: read after the restart
        long corrupt = ids.get(last - 1);
        long vanished = ids.get(last);
        Files.write(original(home, hashes.get(last - 1)), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Files.delete(original(home, hashes.get(last)));

        long killed;
        long doneBeforeKill;
        try (RunningServer server = RunningServer.start(home, environment(TWO_BACKBONES))) {
            Api admin = server.api("admin", PASSWORD);
            Api.Answer started = admin.post("api/jobs/retag?threads=1", null);
            assertEquals(202, started.status(), started.body());
            killed = started.json().get("executionId").asLong();
            JsonNode running = admin.await(
                            "api/jobs/executions/" + killed,
                            a -> a.json().get("progress") != null
                                    && !a.json().get("progress").isNull()
                                    && a.json().get("progress").get("done").asLong() > 0,
                            Duration.ofMinutes(2))
                    .json();
            server.crash();
            doneBeforeKill = running.get("progress").get("done").asLong();
            assertTrue(doneBeforeKill < running.get("progress").get("total").asLong(), "killed half-way: " + running);
        }

        try (RunningServer server = RunningServer.start(home, environment(TWO_BACKBONES))) {
            Api admin = server.api("admin", PASSWORD);
            JsonNode failed = admin.get("api/jobs/executions/" + killed).json();
            assertEquals("FAILED", failed.get("status").asText(), failed.toString());
            assertTrue(failed.get("exitStatus").asText().contains("interrupted"), failed.toString());
            long committed = failed.get("progress").get("done").asLong();
            assertTrue(committed >= doneBeforeKill, "what was committed before the kill stays: " + failed);

            Api.Answer restarted = admin.post("api/jobs/executions/" + killed + "/restart", null);
            assertEquals(202, restarted.status(), restarted.body());
            long second = restarted.json().get("executionId").asLong();
            JsonNode done = awaitEnd(admin, second);
            assertEquals("COMPLETED", done.get("status").asText(), done.toString());
            assertEquals(
                    ASSETS - committed,
                    done.get("progress").get("total").asLong(),
                    "the restart goes on after the last checkpoint, it does not start over: " + done);
            assertEquals(2, done.get("progress").get("skipped").asLong(), done.toString());

            Map<Long, String> problems = new HashMap<>();
            JsonNode listed =
                    admin.get("api/jobs/executions/" + second + "/problems").json();
            listed.forEach(
                    p -> problems.put(p.get("assetId").asLong(), p.get("reason").asText()));
            assertEquals(Set.of(corrupt, vanished), problems.keySet(), listed.toString());
            assertTrue(
                    problems.get(corrupt).contains("truncated or corrupt")
                            || problems.get(corrupt).contains("not a supported image"),
                    problems.get(corrupt));
            assertTrue(problems.get(vanished).contains("missing"), problems.get(vanished));

            assertTaggedOnce(admin, ids);
        }
    }

    @Test
    void aRetagCutOffFromItsDatabaseFailsCleanlyAndIsRestartable() throws IOException {
        int assets = 60;
        try (Postgres database = Postgres.freshDatabase("faults")) {
            Map<String, String> environment = environment(ONE_BACKBONE);
            environment.putAll(database.environment());
            Path home = Files.createDirectories(
                    Path.of("target", "outage-" + System.nanoTime()).toAbsolutePath());
            try (RunningServer server = RunningServer.start(home, environment)) {
                Api admin = server.api("admin", PASSWORD);
                List<Long> ids = uploadShapes(admin, assets, 11).stream()
                        .map(created -> created.get("id").asLong())
                        .toList();
                // Forgotten embeddings make the retag embed and save every image again, chunk by chunk.
                assertEquals(
                        200,
                        admin.delete("api/embeddings?backbone=" + DEFAULT_BACKBONE)
                                .status());
                Api.Answer started = admin.post("api/jobs/retag?threads=1", null);
                assertEquals(202, started.status(), started.body());
                long cutOff = started.json().get("executionId").asLong();
                admin.await(
                        "api/jobs/executions/" + cutOff,
                        a -> a.json().get("progress") != null
                                && !a.json().get("progress").isNull()
                                && a.json().get("progress").get("done").asLong() > 0,
                        Duration.ofMinutes(2));

                database.outage(Duration.ofSeconds(5));

                JsonNode failed = awaitEnd(admin, cutOff);
                assertEquals("FAILED", failed.get("status").asText(), failed.toString());
                long committed = failed.get("progress").get("done").asLong();
                assertTrue(committed < assets, "cut off half-way: " + failed);
                assertEquals(
                        committed,
                        embeddings(admin),
                        "nothing half-written: the saved embeddings are those of the committed chunks");

                Api.Answer restarted = admin.post("api/jobs/executions/" + cutOff + "/restart", null);
                assertEquals(202, restarted.status(), restarted.body());
                JsonNode done =
                        awaitEnd(admin, restarted.json().get("executionId").asLong());
                assertEquals("COMPLETED", done.get("status").asText(), done.toString());
                assertEquals(
                        assets - committed, done.get("progress").get("total").asLong(), done.toString());
                assertEquals(assets, embeddings(admin));
                assertTaggedOnce(admin, ids);
            }
        }
    }

    /** Uploads distinct images and waits until each is tagged; their JSON as the server answered. */
    static List<JsonNode> uploadShapes(Api admin, int count, long seed) {
        Random random = new Random(seed);
        List<JsonNode> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Api.Answer answer = admin.upload("shapes-" + i + ".png", shapes(random), "Shapes " + i, null);
            assertEquals(201, answer.status(), answer.body());
            created.add(answer.json());
        }
        // Every one: uploads are tagged on several threads, and one still in flight would save its embedding later.
        for (JsonNode asset : created) {
            admin.await(
                    "api/assets/" + asset.get("id").asLong(),
                    a -> a.json().get("tagging").asText().equals("done"),
                    Duration.ofMinutes(2));
        }
        return created;
    }

    static JsonNode awaitEnd(Api admin, long execution) {
        return admin.await(
                        "api/jobs/executions/" + execution,
                        a -> List.of("COMPLETED", "FAILED", "STOPPED")
                                .contains(a.json().get("status").asText()),
                        Duration.ofMinutes(4))
                .json();
    }

    /** How many images the default backbone's cache holds. */
    static long embeddings(Api admin) {
        return admin.get("api/embeddings").json().path(DEFAULT_BACKBONE).asLong(0);
    }

    /** Every asset has its suggestions, none of them twice. */
    static void assertTaggedOnce(Api admin, List<Long> ids) {
        for (long id : ids) {
            JsonNode suggestions = admin.get("api/assets/" + id).json().get("suggestions");
            List<String> keys = StreamSupport.stream(suggestions.spliterator(), false)
                    .map(s -> s.get("field").asText() + "/" + s.get("term").asText())
                    .toList();
            assertEquals(keys.size(), new HashSet<>(keys).size(), "asset " + id + " tagged once: " + keys);
            assertTrue(!keys.isEmpty(), "asset " + id + " has its suggestions");
        }
    }

    private static Map<String, String> environment(String backbones) {
        Map<String, String> environment = new HashMap<>();
        environment.put("TAXONOMIST_ADMIN_PASSWORD", PASSWORD);
        environment.put("TAXONOMIST_BACKBONES", backbones);
        return environment;
    }

    /** Where the reference DAM keeps an original: originals/<first two hex digits>/<content hash>. */
    private static Path original(Path home, String contentHash) {
        return home.resolve("originals").resolve(contentHash.substring(0, 2)).resolve(contentHash);
    }

    /** A PNG of random coloured rectangles: a distinct, valid image. */
    static byte[] shapes(Random random) {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int r = 0; r < 12; r++) {
            g.setColor(new Color(random.nextInt(0x1000000)));
            g.fillRect(random.nextInt(160), random.nextInt(120), 10 + random.nextInt(80), 10 + random.nextInt(60));
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
