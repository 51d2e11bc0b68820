package org.taxonomist.models.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.EmbeddingPipeline;
import org.taxonomist.models.manifest.ManifestEntry;

/**
 * Embeds manifest entries with one backbone, reading the cache first and computing only what it
 * lacks. An image that cannot be read is reported with its manifest line and left out.
 */
final class Embedder {

    private final EmbeddingFiles cache;
    private final PrintStream out;
    private final SkippedFiles skipped;

    Embedder(EmbeddingFiles cache, PrintStream out, SkippedFiles skipped) {
        this.cache = cache;
        this.out = out;
        this.skipped = skipped;
    }

    /** The embedding per entry, in order; null for an entry whose image could not be embedded. */
    float[][] embed(Backbone backbone, List<ManifestEntry> entries, String manifestName) throws InterruptedException {
        String key = backbone.id() + "@" + backbone.version();
        float[][] embeddings = new float[entries.size()][];
        String[] hashes = new String[entries.size()];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            hashes[i] = EmbeddingFiles.contentHash(entries.get(i).file());
            embeddings[i] = cache.read(key, hashes[i]).orElse(null);
            if (embeddings[i] == null) {
                missing.add(i);
            }
        }
        out.printf("%s: %d cached, %d to embed%n", key, entries.size() - missing.size(), missing.size());
        EmbeddingPipeline pipeline = new EmbeddingPipeline(backbone);
        long start = System.nanoTime();
        int chunk = 64;
        for (int from = 0; from < missing.size(); from += chunk) {
            List<Integer> part = missing.subList(from, Math.min(missing.size(), from + chunk));
            List<EmbeddingPipeline.Result> results = pipeline.embedFiles(
                    part.stream().map(i -> entries.get(i).file()).toList());
            for (int j = 0; j < part.size(); j++) {
                int i = part.get(j);
                EmbeddingPipeline.Result result = results.get(j);
                if (result.succeeded()) {
                    embeddings[i] = result.output().embedding();
                    cache.write(key, hashes[i], embeddings[i]);
                } else {
                    skipped.skip(manifestName, entries.get(i), result.error());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int done = Math.min(missing.size(), from + chunk);
            out.printf("%s: %d/%d embedded, %.1f images/s%n", key, done, missing.size(), done / seconds);
        }
        return embeddings;
    }
}
