package org.taxonomist.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two servers on one PostgreSQL database and a real OpenSearch node on loopback, all started through the README's
 * launcher: uploads spread over both are each tagged once and found by search on either; one server is killed
 * (SIGKILL) in the middle of a retag that it shares out to the other, with uploads of its own still waiting: the other
 * takes over its waiting uploads and its share, shows the retag as failed, restarts it from its checkpoint, and every
 * asset ends up tagged once and found; the killed server, restarted, rejoins, shares an embed run out, and a retag it
 * runs is stopped from the other server.
 *
 * <p>Behind {@code -Dtaxonomist.cluster=true} (about five minutes on 2 cores: three more JVMs, and the 30 s a dead
 * server's heartbeat takes to go stale), so that {@code .ci/run} stays within its budget; its last result is in
 * deploy/README.md, "Several servers".
 */
@EnabledIfSystemProperty(named = "taxonomist.cluster", matches = "true")
class ClusterIT {

    private static final String PASSWORD = "cluster-admin-password";
    /** Uploads before the retag: its second chunk of 20, shared by both servers, still runs when A is killed. */
    private static final int SPREAD = 50;

    private static final int LEFT_WAITING = 6;

    @Test
    void aServerKilledInTheMiddleOfARetagLosesNothingAndRejoins() throws IOException {
        Path root = Files.createDirectories(
                Path.of("target", "cluster-" + System.nanoTime()).toAbsolutePath());
        try (Postgres database = Postgres.freshDatabase("cluster");
                RunningSearchNode search = RunningSearchNode.start(root.resolve("search"))) {
            Map<String, String> environment = new HashMap<>(database.environment());
            environment.put("TAXONOMIST_SEARCH_URL", search.url());
            environment.put("TAXONOMIST_FILES", root.resolve("files").toString()); // the shared originals
            environment.put("TAXONOMIST_ADMIN_PASSWORD", PASSWORD);
            environment.put("TAXONOMIST_BACKBONES", BatchFaultsIT.ONE_BACKBONE);
            Path homeA = root.resolve("a");
            List<Long> ids = new ArrayList<>();
            try (RunningServer b = RunningServer.start(root.resolve("b"), environment)) {
                Api onB = b.api("admin", PASSWORD);
                long retag;
                long committedBeforeKill;
                long waitingAtKill;
                try (RunningServer a = RunningServer.start(homeA, environment)) {
                    Api onA = a.api("admin", PASSWORD);
                    Api.Answer everyMinute =
                            onB.post("api/schedules", "{\"job\":\"near-duplicates\",\"cron\":\"* * * * *\"}");
                    assertEquals(201, everyMinute.status(), everyMinute.body());
                    Random random = new Random(30);
                    for (int i = 0; i < SPREAD; i++) {
                        ids.add(upload(i % 2 == 0 ? onA : onB, random, i));
                    }
                    awaitTagged(onB, ids);
                    BatchFaultsIT.assertTaggedOnce(onB, ids);
                    awaitFound(onA, ids.size());
                    awaitFound(onB, ids.size());
                    JsonNode similar =
                            onB.get("api/assets/" + ids.get(0) + "/similar").json();
                    assertTrue(
                            similar.get("assets").size() > 0
                                    && similar.get("assets")
                                                    .get(0)
                                                    .get("similarity")
                                                    .asDouble()
                                            > 0,
                            "nearest images through OpenSearch's k-NN: " + similar);
                    assertScheduleFiredOnceAMinute(
                            onB, everyMinute.json().get("id").asLong());

                    // Forgotten embeddings make the retag embed every image again, slowly enough to be killed.
                    assertEquals(
                            200,
                            onA.delete("api/embeddings?backbone=" + BatchFaultsIT.DEFAULT_BACKBONE)
                                    .status());
                    long taggedByB = done(onB, "tagged");
                    Api.Answer started = onA.post("api/jobs/retag?threads=1", null);
                    assertEquals(202, started.status(), started.body());
                    retag = started.json().get("executionId").asLong();
                    JsonNode running = onA.await(
                                    "api/jobs/executions/" + retag,
                                    r -> r.json().path("progress").path("done").asLong() > 0,
                                    Duration.ofMinutes(2))
                            .json();
                    committedBeforeKill = running.get("progress").get("done").asLong();
                    long sharedWithB = done(onB, "tagged") - taggedByB;
                    System.out.printf(
                            "[cluster] the retag's first %d assets, launched on A: %d tagged by B%n",
                            committedBeforeKill, sharedWithB);
                    assertTrue(sharedWithB > 0, "the retag launched on A is spread over B too");
                    for (int i = 0; i < LEFT_WAITING; i++) {
                        ids.add(upload(onA, random, SPREAD + i));
                    }
                    waitingAtKill = ids.subList(SPREAD, ids.size()).stream()
                            .filter(id -> onA.get("api/assets/" + id)
                                    .json()
                                    .get("tagging")
                                    .asText()
                                    .equals("waiting"))
                            .count();
                    a.crash();
                }

                JsonNode failed = onB.await(
                                "api/jobs/executions/" + retag,
                                r -> r.json().get("status").asText().equals("FAILED"),
                                Duration.ofMinutes(2))
                        .json();
                assertTrue(failed.get("exitStatus").asText().contains("interrupted"), failed.toString());
                JsonNode servers = onB.get("api/servers").json();
                assertEquals(2, servers.size(), servers.toString());
                for (JsonNode server : servers) {
                    assertEquals(
                            server.get("self").asBoolean(), server.get("alive").asBoolean(), servers.toString());
                }
                long committed = failed.get("progress").get("done").asLong();
                assertTrue(committed >= committedBeforeKill && committed < SPREAD, "killed half-way: " + failed);
                assertTrue(waitingAtKill > 0, "some of A's uploads were still waiting when it was killed");
                awaitTagged(onB, ids); // the killed server's waiting uploads, taken over

                Api.Answer restarted = onB.post("api/jobs/executions/" + retag + "/restart", null);
                assertEquals(202, restarted.status(), restarted.body());
                JsonNode done = BatchFaultsIT.awaitEnd(
                        onB, restarted.json().get("executionId").asLong());
                assertEquals("COMPLETED", done.get("status").asText(), done.toString());
                assertEquals(
                        ids.size() - committed,
                        done.get("progress").get("total").asLong(),
                        "the restart on the other server goes on from the checkpoint: " + done);
                BatchFaultsIT.assertTaggedOnce(onB, ids);
                assertEquals(ids.size(), BatchFaultsIT.embeddings(onB));
                awaitFound(onB, ids.size());

                try (RunningServer a = RunningServer.start(homeA, environment)) {
                    Api onA = a.api("admin", PASSWORD);
                    awaitFound(onA, ids.size());
                    ids.add(upload(onA, new Random(31), ids.size()));
                    awaitTagged(onB, ids);
                    awaitFound(onB, ids.size());
                    BatchFaultsIT.assertTaggedOnce(onA, ids);

                    // The embed job, launched on A, shared out too.
                    long embeddedByB = done(onB, "embedded");
                    assertEquals(
                            200,
                            onA.delete("api/embeddings?backbone=" + BatchFaultsIT.DEFAULT_BACKBONE)
                                    .status());
                    Api.Answer embed = onA.post("api/jobs/embed?threads=1", null);
                    assertEquals(202, embed.status(), embed.body());
                    JsonNode embedded = BatchFaultsIT.awaitEnd(
                            onA, embed.json().get("executionId").asLong());
                    assertEquals("COMPLETED", embedded.get("status").asText(), embedded.toString());
                    assertEquals(ids.size(), BatchFaultsIT.embeddings(onA));
                    long embeddedOnB = done(onB, "embedded") - embeddedByB;
                    System.out.printf(
                            "[cluster] the embed job's %d assets, launched on A: %d embedded by B%n",
                            ids.size(), embeddedOnB);
                    assertTrue(embeddedOnB > 0, "the embed job launched on A is spread over B too");

                    // A retag running on A, stopped by an admin on B.
                    assertEquals(
                            200,
                            onA.delete("api/embeddings?backbone=" + BatchFaultsIT.DEFAULT_BACKBONE)
                                    .status());
                    long again = onA.post("api/jobs/retag?threads=1", null)
                            .json()
                            .get("executionId")
                            .asLong();
                    onB.await(
                            "api/jobs/executions/" + again,
                            r -> r.json().get("status").asText().equals("STARTED"),
                            Duration.ofMinutes(1));
                    Api.Answer stop = onB.post("api/jobs/executions/" + again + "/stop", null);
                    assertEquals(200, stop.status(), stop.body());
                    JsonNode stopped = BatchFaultsIT.awaitEnd(onB, again);
                    assertEquals("STOPPED", stopped.get("status").asText(), stopped.toString());
                    assertTrue(
                            stopped.get("progress").get("done").asLong()
                                    < stopped.get("progress").get("total").asLong(),
                            "stopped before the end: " + stopped);
                }
            }
        }
    }

    /**
     * With {@code -Dtaxonomist.benchmarks=true} too: uploads tagged per second by one server, then by two sharing the
     * database and OpenSearch (uploads spread evenly by four clients), with the servers' default backbones; and what
     * an asset costs in the database, the index and the shared files (deploy/README.md, "Several servers").
     */
    @Test
    @EnabledIfSystemProperty(named = "taxonomist.benchmarks", matches = "true")
    void uploadsTaggedPerSecondByOneServerAndByTwo() throws Exception {
        int perRun = Integer.getInteger("cluster.bench.uploads", 120);
        Path root = Files.createDirectories(
                Path.of("target", "cluster-bench-" + System.nanoTime()).toAbsolutePath());
        try (Postgres database = Postgres.freshDatabase("clusterbench");
                RunningSearchNode search = RunningSearchNode.start(root.resolve("search"))) {
            Map<String, String> environment = new HashMap<>(database.environment());
            environment.put("TAXONOMIST_SEARCH_URL", search.url());
            environment.put("TAXONOMIST_ADMIN_PASSWORD", PASSWORD);
            environment.put("TAXONOMIST_FILES", root.resolve("files").toString());
            try (RunningServer a = RunningServer.start(root.resolve("a"), environment)) {
                Api onA = a.api("admin", PASSWORD);
                double one = taggedPerSecond(List.of(onA), perRun, 1);
                awaitFound(onA, perRun);
                long[] before = {database.bytes(), search.indexBytes(), filesBytes(root.resolve("files"))};
                try (RunningServer b = RunningServer.start(root.resolve("b"), environment)) {
                    double two = taggedPerSecond(List.of(onA, b.api("admin", PASSWORD)), perRun, 2);
                    awaitFound(onA, 2 * perRun);
                    // What the second run's assets added: the sizes of an empty database and index left out.
                    long assets = perRun;
                    long index = search.indexBytes() - before[1];
                    long files = filesBytes(root.resolve("files")) - before[2];
                    System.out.printf(
                            "[cluster bench] %d uploads each run, default backbones, 2 cores: one server %.2f tagged/s,"
                                    + " two servers %.2f tagged/s (%.2fx)%n"
                                    + "[cluster bench] per asset, the last %d added: database %.1f KB (embeddings included),"
                                    + " OpenSearch index %.1f KB, shared files %.1f KB%n",
                            perRun,
                            one,
                            two,
                            two / one,
                            assets,
                            database.bytes() / 1024.0 / assets,
                            index / 1024.0 / assets,
                            files / 1024.0 / assets);
                }
            }
        }
    }

    /**
     * Both servers' clocks tick every 15 s; a schedule due every minute starts one execution a minute, not one on each
     * server. Paused once it has fired, so that it leaves the rest of the test alone.
     */
    private static void assertScheduleFiredOnceAMinute(Api api, long schedule) {
        api.await("api/schedules/" + schedule, r -> r.json().hasNonNull("lastExecutionId"), Duration.ofMinutes(2));
        assertEquals(200, api.post("api/schedules/" + schedule + "/pause", null).status());
        List<Instant> started = new ArrayList<>();
        api.get("api/jobs/executions?limit=100").json().forEach(execution -> {
            if (execution.get("job").asText().equals("near-duplicates")) {
                started.add(Instant.parse(execution.get("started").asText()));
            }
        });
        started.sort(null);
        assertTrue(!started.isEmpty(), "the schedule fired");
        for (int i = 1; i < started.size(); i++) {
            assertTrue(
                    Duration.between(started.get(i - 1), started.get(i)).toSeconds() >= 45,
                    "one firing a minute across both servers: " + started);
        }
    }

    private static long filesBytes(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    /** Uploads {@code count} images from four clients, spread over the servers; uploads tagged per second. */
    private static double taggedPerSecond(List<Api> servers, int count, long seed) throws Exception {
        long start = System.nanoTime();
        List<Long> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        var clients = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                sent.add(clients.submit(
                        () -> ids.add(upload(servers.get(n % servers.size()), new Random(seed * 100_000 + n), n))));
            }
            for (var upload : sent) {
                upload.get();
            }
        } finally {
            clients.shutdown();
        }
        awaitTagged(servers.get(0), ids);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static long upload(Api api, Random random, int i) {
        Api.Answer answer =
                api.upload("cluster-" + i + ".png", BatchFaultsIT.shapes(random), "Cluster shapes " + i, null);
        assertEquals(201, answer.status(), answer.body());
        return answer.json().get("id").asLong();
    }

    /** How many assets the server answering has tagged (or only embedded: {@code count}) since it started. */
    private static long done(Api api, String count) {
        for (JsonNode server : api.get("api/servers").json()) {
            if (server.get("self").asBoolean()) {
                return server.get(count).asLong();
            }
        }
        throw new AssertionError("the server answering is not among api/servers");
    }

    private static void awaitTagged(Api api, List<Long> ids) {
        for (long id : ids) {
            api.await("api/assets/" + id, a -> a.json().get("tagging").asText().equals("done"), Duration.ofMinutes(2));
        }
    }

    /** Search is asynchronous with several servers: the outbox's poll, then OpenSearch's refresh. */
    private static void awaitFound(Api api, int count) {
        api.await("api/search?q=cluster&limit=1", a -> a.json().get("total").asInt() == count, Duration.ofMinutes(1));
    }

    /** The launcher's local OpenSearch node, as a separate process. */
    private record RunningSearchNode(Process process, int port, Path log) implements AutoCloseable {

        static RunningSearchNode start(Path data) throws IOException {
            Files.createDirectories(data);
            int port = RunningServer.freePort();
            Path log = data.resolve("search-node.log");
            Process process = new ProcessBuilder(
                            RunningServer.REPO.resolve("deploy/bin/taxonomist").toString(),
                            "search-node",
                            "--port",
                            String.valueOf(port),
                            "--data",
                            data.resolve("data").toString())
                    .directory(RunningServer.REPO.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            RunningSearchNode node = new RunningSearchNode(process, port, log);
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos(); // the first run builds it
            while (!Files.readString(log).contains("search node ready")) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new AssertionError("The search node did not start:\n" + Files.readString(log));
                }
                Api.sleep(500);
            }
            return node;
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        /** The asset index's size on disk, after a refresh. */
        long indexBytes() {
            Api node = new Api(java.net.URI.create(url() + "/"), null, null);
            node.post("asset-*/_refresh", null);
            return node.get("_cat/indices/asset-*?h=store.size&bytes=b")
                    .json()
                    .get(0)
                    .get("store.size")
                    .asLong();
        }

        @Override
        public void close() {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("Interrupted while stopping the search node", e));
            }
        }
    }
}
