package org.taxonomist.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.models.map.CollectionMap;
import org.taxonomist.tagging.CollectionEmbeddings;
import org.taxonomist.tagging.EmbeddingCache;
import org.taxonomist.tagging.ModelRuntime;

/**
 * Makes a new map of the whole collection (the {@code map} job): every asset's embedding by the default backbone,
 * projected by {@link CollectionMap} outside any transaction (a minute at 100,000 assets), stored as a new run.
 */
@ApplicationScoped
public class MapProjection {

    @Inject
    CollectionEmbeddings collection;

    @Inject
    ModelRuntime runtime;

    @Inject
    MapRuns runs;

    /**
     * What a projection did: the run stored (none when the collection has too few readable assets for a map), the
     * assets in the DAM, those embedded first and those skipped as unreadable.
     */
    public record Outcome(Optional<MapRun> run, int total, int embedded, int skipped) {}

    /**
     * @param total   told the number of assets in the DAM, once they are read
     * @param skipped told each asset whose image cannot be read, and why
     */
    public Outcome project(long seed, int threads, String by, IntConsumer total, BiConsumer<Long, String> skipped) {
        String backbone = EmbeddingCache.key(runtime.backbone());
        CollectionEmbeddings.Collection read = collection.read(backbone, total, skipped);
        if (read.assets().size() <= CollectionMap.NEIGHBOURS) {
            return new Outcome(Optional.empty(), read.total(), read.embedded(), read.skipped());
        }
        long start = System.nanoTime();
        float[][] positions = CollectionMap.project(read.rows(), seed, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> ids = read.assets().stream().map(DamAsset::id).toList();
        MapRun run = runs.save(
                new MapRun(backbone, CollectionMap.METHOD, seed, ids.size(), read.skipped(), seconds, by),
                MapPoints.of(ids, positions));
        return new Outcome(Optional.of(run), read.total(), read.embedded(), read.skipped());
    }
}
