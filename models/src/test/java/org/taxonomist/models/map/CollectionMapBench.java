package org.taxonomist.models.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.Backbones;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.similarity.UnitVectors;
import org.taxonomist.models.store.ModelStore;
import org.taxonomist.models.testdata.DebianPackages;

/**
 * How long the collection map takes and how well it keeps neighbourhoods (not a test).
 *
 * <p>Time: 10,000 and 100,000 synthetic 1344-d embeddings (300 groups of different sizes and spreads around random
 * centres), principal components then UMAP, on this machine's cores, and how many of each point's nearest on the map
 * are of its group.
 * Neighbourhoods: TuxPaint's 503 labelled stamps embedded by the default backbone; the share of each stamp's 10
 * nearest neighbours shared by the embedding space and the map (kNN overlap), and the share of its 10 nearest that
 * carry its top-level category, on the map and in the embedding space.
 *
 * <p>{@code mvn -pl models test -Dtest=CollectionMapBench -Dtaxonomist.benchmarks=true -Dfuzz.skip}
 */
class CollectionMapBench {

    private static final int DIMENSION = 1344;
    private static final int GROUPS = 300;
    private static final int K = 10;

    @Test
    @EnabledIfSystemProperty(named = "taxonomist.benchmarks", matches = "true")
    void projectionTimeAndNeighbourhoods() throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("Collection map on %d cores, Java %s%n", cores, System.getProperty("java.version"));
        labelledStamps(cores);
        for (int n : new int[] {10_000, 100_000}) {
            int[] groups = new int[n];
            float[][] embeddings = synthetic(groups, new Random(n));
            long started = System.nanoTime();
            float[][] map = CollectionMap.project(embeddings, 1, cores);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(n, map.length);
            double sameGroup = new Random(3)
                    .ints(0, n)
                    .limit(1000)
                    .mapToDouble(i -> IntStream.of(Nearest.of(
                                                    n,
                                                    K,
                                                    i,
                                                    j -> Math.hypot(map[i][0] - map[j][0], map[i][1] - map[j][1]))
                                            .indices)
                                    .filter(j -> groups[j] == groups[i])
                                    .count()
                            / (double) K)
                    .average()
                    .orElse(0);
            System.out.printf(
                    Locale.ROOT,
                    "%,d synthetic assets: projected in %.1f s; of each one's %d nearest on the map, %.3f in its group"
                            + " (1,000 sampled)%n",
                    n,
                    seconds,
                    K,
                    sameGroup);
        }
    }

    private static void labelledStamps(int cores) throws IOException {
        Path stamps = DebianPackages.unpacked("tuxpaint-stamps-default").resolve("usr/share/tuxpaint/stamps");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(stamps)) {
            files = walk.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        List<float[]> embedded = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        try (Backbone backbone = Backbones.openDefault(ModelStore.fromEnvironment())) {
            for (Path file : files) {
                embedded.add(backbone.embed(ImageDecoder.toRgb(
                                ImageDecoder.decode(Files.readAllBytes(file), ImageDecoder.DEFAULT_MAX_PIXELS)
                                        .image()))
                        .embedding());
                categories.add(stamps.relativize(file).getName(0).toString());
            }
        }
        float[][] embeddings = embedded.toArray(float[][]::new);
        float[][] map = CollectionMap.project(embeddings, 1, cores);
        float[][] units = Stream.of(embeddings).map(UnitVectors::unit).toArray(float[][]::new);
        double onMap = 0;
        double inSpace = 0;
        for (int i = 0; i < embeddings.length; i++) {
            int at = i;
            onMap += sameCategory(
                    Nearest.of(map.length, K, i, j -> Math.hypot(map[at][0] - map[j][0], map[at][1] - map[j][1])),
                    categories,
                    i);
            inSpace += sameCategory(
                    Nearest.of(units.length, K, i, j -> -UnitVectors.dot(units[at], units[j])), categories, i);
        }
        System.out.printf(
                Locale.ROOT,
                "TuxPaint stamps: %d in %d categories; kNN overlap (k=%d) %.3f; neighbours of the same category: "
                        + "map %.3f, embedding space %.3f%n",
                embeddings.length,
                categories.stream().distinct().count(),
                K,
                NeighbourhoodScore.knnOverlap(embeddings, map, K, embeddings.length, 3),
                onMap / embeddings.length,
                inSpace / embeddings.length);
    }

    private static double sameCategory(Nearest nearest, List<String> categories, int i) {
        return IntStream.of(nearest.indices)
                        .filter(j -> categories.get(j).equals(categories.get(i)))
                        .count()
                / (double) nearest.indices.length;
    }

    /**
     * Groups of different sizes (Zipf-like) and spreads around random centres; within a group the points are noise,
     * so only the groups are structure a map can keep.
     */
    private static float[][] synthetic(int[] groups, Random random) {
        float[][] centres = new float[GROUPS][DIMENSION];
        float[] spreads = new float[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            for (int d = 0; d < DIMENSION; d++) {
                centres[g][d] = (float) random.nextGaussian();
            }
            spreads[g] = 0.3f + random.nextFloat();
        }
        float[][] embeddings = new float[groups.length][DIMENSION];
        for (int i = 0; i < groups.length; i++) {
            int g = (int) Math.min(GROUPS - 1, Math.floor(Math.pow(random.nextDouble(), 2) * GROUPS));
            groups[i] = g;
            for (int d = 0; d < DIMENSION; d++) {
                embeddings[i][d] = centres[g][d] + spreads[g] * (float) random.nextGaussian();
            }
        }
        return embeddings;
    }
}
