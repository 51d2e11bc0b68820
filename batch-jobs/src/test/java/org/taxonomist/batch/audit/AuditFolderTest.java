package org.taxonomist.batch.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taxonomist.training.TrainingSet;

class AuditFolderTest {

    @TempDir
    Path home;

    @Test
    void aRestartedAuditReadsBackTheSnapshotAndTheBagsItFinished() throws Exception {
        Map<String, float[][]> embeddings = new LinkedHashMap<>();
        embeddings.put("a@1", new float[][] {{1, 2, 3}, {4, 5, 6}});
        embeddings.put("b@1", new float[][] {{-1}, {0.5f}});
        TrainingSet set = new TrainingSet(
                "Subject",
                List.of("coast", "forest"),
                new long[] {17, 42},
                new boolean[][] {{true, false}, {true, true}},
                embeddings);
        AuditFolder folder = new AuditFolder(home.resolve("7"));
        folder.writeSnapshot(set);
        folder.writeBag(1, new float[][] {{0.25f, 0.75f}});

        AuditFolder restarted = new AuditFolder(home.resolve("7"));
        TrainingSet read = restarted.readSnapshot();
        assertEquals("Subject", read.field());
        assertEquals(set.terms(), read.terms());
        assertArrayEquals(set.assetIds(), read.assetIds());
        assertArrayEquals(set.labels()[1], read.labels()[1]);
        assertArrayEquals(embeddings.get("a@1")[1], read.embeddings().get("a@1")[1]);
        assertArrayEquals(embeddings.get("b@1")[0], read.embeddings().get("b@1")[0]);
        assertEquals(List.of("a@1", "b@1"), List.copyOf(read.embeddings().keySet()));

        assertTrue(restarted.hasBag(1));
        assertFalse(restarted.hasBag(0), "a bag that did not finish is trained again");
        assertArrayEquals(new float[] {0.25f, 0.75f}, restarted.readBag(1)[0]);
        try (var files = Files.list(home.resolve("7"))) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".partial")), "only whole files are left");
        }

        restarted.delete();
        assertFalse(Files.exists(home.resolve("7")));
    }
}
