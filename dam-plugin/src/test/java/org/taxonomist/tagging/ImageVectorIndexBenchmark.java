package org.taxonomist.tagging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.Backbones;
import org.taxonomist.models.backbone.EmbeddingPipeline;
import org.taxonomist.models.duplicates.NearDuplicateRule;
import org.taxonomist.models.manifest.Manifest;
import org.taxonomist.models.manifest.ManifestEntry;
import org.taxonomist.models.similarity.NearestNeighbours;
import org.taxonomist.models.similarity.UnitVectors;
import org.taxonomist.models.store.ModelStore;

/**
 * What Lucene's HNSW index (the one Hibernate Search's knn predicate uses) costs and finds for "similar images" on
 * 2 cores, before it is built into the product (issue 26): per collection size, index build time and size, query
 * latency p50/p99 for the 10 nearest, and recall@10 against exact cosine search. Vectors have the default
 * backbone's 1,344 dimensions and are synthetic: non-negative (like the network's ReLU features), in 200 clusters,
 * each vector its cluster's centre plus noise; the queries are new vectors of the same clusters. Recall on real
 * embeddings: the default backbone's embeddings of a manifest's images (Fashion-MNIST's 10,000 test images from
 * {@code deploy/bench/fashion-manifest.sh 1000}), 100 of them held out as the queries.
 *
 * <p>{@code mvn -pl dam-plugin test -Dtest=ImageVectorIndexBenchmark -Dtaxonomist.benchmarks=true
 * [-Dtaxonomist.benchmarks.knn.sizes=10000,100000] [-Dtaxonomist.benchmarks.knn.manifest=MANIFEST.csv]}
 */
class ImageVectorIndexBenchmark {

    private static final int DIMENSION = 1344;
    private static final int CLUSTERS = 200;
    private static final int K = 10;
    private static final int LATENCY_QUERIES = 500;
    private static final int RECALL_QUERIES = 100;
    /** How many candidates the graph search keeps: Lucene's k, Hibernate Search's knn(k). */
    private static final int[] CANDIDATES = {10, 40, 100, 200};

    @Test
    @EnabledIfSystemProperty(named = "taxonomist.benchmarks", matches = "true")
    void hnswLatencyAndRecallAtCollectionSizes() throws IOException {
        String sizes = System.getProperty("taxonomist.benchmarks.knn.sizes", "10000,100000");
        System.out.printf(
                "kNN benchmark on %d cores, JDK %s, %d-d cosine, k = %d%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), DIMENSION, K);
        for (String size : sizes.split(",")) {
            double recall = run(Integer.parseInt(size.strip()));
            assertTrue(recall > 0, "the index finds neighbours at all");
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "taxonomist.benchmarks", matches = "true")
    @EnabledIfSystemProperty(named = "taxonomist.benchmarks.knn.manifest", matches = ".+")
    void hnswRecallOnRealEmbeddings() throws IOException, InterruptedException {
        List<ManifestEntry> entries = Manifest.read(Path.of(System.getProperty("taxonomist.benchmarks.knn.manifest")))
                .entries();
        List<float[]> embedded = new ArrayList<>();
        long start = System.nanoTime();
        try (Backbone backbone = Backbones.openDefault(ModelStore.fromEnvironment())) {
            for (EmbeddingPipeline.Result result : new EmbeddingPipeline(backbone)
                    .embedFiles(entries.stream().map(ManifestEntry::file).toList())) {
                if (result.succeeded()) {
                    embedded.add(result.output().embedding());
                }
            }
        }
        System.out.printf(
                "%,d real embeddings (%s, default backbone) in %.0f s on %d cores%n",
                embedded.size(),
                entries.get(0).file().getParent(),
                (System.nanoTime() - start) / 1e9,
                Runtime.getRuntime().availableProcessors());
        Collections.shuffle(embedded, new Random(26));
        float[][] queries = embedded.subList(0, LATENCY_QUERIES).toArray(float[][]::new);
        float[][] vectors = embedded.subList(LATENCY_QUERIES, embedded.size()).toArray(float[][]::new);
        assertTrue(run(vectors, queries) > 0, "the index finds neighbours at all");
    }

    /**
     * The near-duplicates job's check of every asset at a collection size ({@code taxonomist.benchmarks.duplicates.size},
     * 100,000 unless set), on 2 threads: each asset's {@value #K} nearest with {@value #PRODUCT_CANDIDATES} candidates (what
     * {@code ReferenceImageIndex} asks the index for; {@code taxonomist.benchmarks.duplicates.candidates} lists
     * others to compare), the older ones judged by
     * {@link NearDuplicateRule#DEFAULT} on the embeddings' cosine and the perceptual hashes. One asset in 50 is a
     * planted copy of an earlier one (its vector plus a little noise, its hash with 4 bits flipped); the others have
     * random hashes. What the database adds (reading the asset's embedding, the candidates' hashes) is not in it.
     */
    @Test
    @EnabledIfSystemProperty(named = "taxonomist.benchmarks", matches = "true")
    void nearDuplicateCheckOfEveryAsset() throws IOException, InterruptedException, ExecutionException {
        int n = Integer.getInteger("taxonomist.benchmarks.duplicates.size", 100_000);
        Random random = new Random(27);
        float[][] centres = new float[CLUSTERS][];
        for (int c = 0; c < CLUSTERS; c++) {
            centres[c] = vector(random, null);
        }
        float[][] vectors = new float[n][];
        long[] hashes = new long[n];
        int[] copyOf = new int[n];
        for (int i = 0; i < n; i++) {
            copyOf[i] = i > 0 && i % 50 == 0 ? random.nextInt(i) : -1;
            vectors[i] = copyOf[i] < 0
                    ? vector(random, centres[random.nextInt(CLUSTERS)])
                    : copy(random, vectors[copyOf[i]]);
            hashes[i] = copyOf[i] < 0 ? random.nextLong() : flipped(random, hashes[copyOf[i]], 4);
        }
        float[][] units = unit(vectors);
        Path folder = Files.createTempDirectory("duplicates-bench");
        try (FSDirectory directory = FSDirectory.open(folder)) {
            build(directory, folder, units);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Map<Integer, Double> recalls = new TreeMap<>();
                for (String candidates : DUPLICATE_CANDIDATES.split(",")) {
                    int kept = Integer.parseInt(candidates.strip());
                    recalls.put(kept, checkEveryAsset(searcher, reader, units, hashes, copyOf, kept));
                }
                assertTrue(recalls.get(PRODUCT_CANDIDATES) > 0.95, "the check finds the planted copies: " + recalls);
            }
        } finally {
            delete(folder);
        }
    }

    /**
     * What {@code ReferenceImageIndex} keeps for the near-duplicate check, as for any search: with 40 the check was a
     * sixth faster and missed 1.4 % of the planted copies (README).
     */
    private static final int PRODUCT_CANDIDATES = 100;

    /** The candidates each check keeps, run after each other on one index. */
    private static final String DUPLICATE_CANDIDATES =
            System.getProperty("taxonomist.benchmarks.duplicates.candidates", "11,40," + PRODUCT_CANDIDATES);

    /** Checks every asset on 2 threads with the graph search keeping {@code candidates}; prints and returns recall. */
    private static double checkEveryAsset(
            IndexSearcher searcher,
            DirectoryReader reader,
            float[][] units,
            long[] hashes,
            int[] copyOf,
            int candidates)
            throws InterruptedException, ExecutionException {
        int threads = 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<int[]>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            parts.add(pool.submit(() -> check(searcher, reader, units, hashes, copyOf, candidates, first, threads)));
        }
        int planted = 0;
        int samePicture = 0;
        int different = 0;
        for (Future<int[]> part : parts) {
            planted += part.get()[0];
            samePicture += part.get()[1];
            different += part.get()[2];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int n = units.length;
        int copies = (n - 1) / 50;
        System.out.printf(
                "near-duplicate check of %,d assets, %d candidates, on %d threads (%d cores): %.1f s, %.2f ms an asset; "
                        + "planted copies found %,d of %,d (recall %.3f), other copies of one picture %,d, "
                        + "pairs of different pictures %,d (random hashes within 20 bits)%n",
                n,
                candidates,
                threads,
                Runtime.getRuntime().availableProcessors(),
                seconds,
                seconds * 1000 * threads / n,
                planted,
                copies,
                planted / (double) copies,
                samePicture,
                different);
        return planted / (double) copies;
    }

    /** The vectors scaled to length 1, as the product indexes and compares them (by dot product). */
    private static float[][] unit(float[][] vectors) {
        return Stream.of(vectors).map(UnitVectors::unit).toArray(float[][]::new);
    }

    /**
     * Checks every {@code step}-th asset from {@code first}: the planted pairs found (a copy and its source), pairs of
     * other copies of one picture, and pairs of different pictures (chance: their random hashes close enough).
     */
    private static int[] check(
            IndexSearcher searcher,
            DirectoryReader reader,
            float[][] vectors,
            long[] hashes,
            int[] copyOf,
            int candidates,
            int first,
            int step)
            throws IOException {
        int planted = 0;
        int samePicture = 0;
        int different = 0;
        for (int i = first; i < vectors.length; i += step) {
            for (ScoreDoc hit :
                    searcher.search(new KnnFloatVectorQuery("vector", vectors[i], candidates), K + 1).scoreDocs) {
                int j = reader.storedFields()
                        .document(hit.doc)
                        .getField("id")
                        .numericValue()
                        .intValue();
                double cosine = 2.0 * hit.score - 1.0;
                if (j < i && NearDuplicateRule.DEFAULT.nearDuplicates(hashes[i], hashes[j], cosine)) {
                    if (copyOf[i] == j) {
                        planted++;
                    } else if (original(copyOf, i) == original(copyOf, j)) {
                        samePicture++;
                    } else {
                        different++;
                    }
                }
            }
        }
        return new int[] {planted, samePicture, different};
    }

    private static int original(int[] copyOf, int asset) {
        int original = asset;
        while (copyOf[original] >= 0) {
            original = copyOf[original];
        }
        return original;
    }

    /** The vector with a little noise: a re-encoded copy's embedding (cosine about 0.99 to it). */
    private static float[] copy(Random random, float[] vector) {
        float[] v = new float[vector.length];
        for (int d = 0; d < v.length; d++) {
            v[d] = Math.max(0, vector[d] + 0.08f * (float) random.nextGaussian());
        }
        return v;
    }

    private static long flipped(Random random, long hash, int bits) {
        long flipped = hash;
        for (int b = 0; b < bits; b++) {
            flipped ^= 1L << random.nextInt(64);
        }
        return flipped;
    }

    private static double run(int n) throws IOException {
        Random random = new Random(26);
        float[][] centres = new float[CLUSTERS][];
        for (int c = 0; c < CLUSTERS; c++) {
            centres[c] = vector(random, null);
        }
        float[][] vectors = new float[n][];
        for (int i = 0; i < n; i++) {
            vectors[i] = vector(random, centres[random.nextInt(CLUSTERS)]);
        }
        float[][] queries = new float[LATENCY_QUERIES][];
        for (int q = 0; q < queries.length; q++) {
            queries[q] = vector(random, centres[random.nextInt(CLUSTERS)]);
        }
        return run(vectors, queries);
    }

    /** Indexes the vectors, then measures the queries at each number of candidates; the last recall. */
    private static double run(float[][] embeddings, float[][] queryEmbeddings) throws IOException {
        float[][] vectors = unit(embeddings);
        float[][] queries = unit(queryEmbeddings);
        Path folder = Files.createTempDirectory("knn-bench");
        try (FSDirectory directory = FSDirectory.open(folder)) {
            build(directory, folder, vectors);
            double recall = 0;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<Set<Integer>> exact = new ArrayList<>();
                for (int q = 0; q < RECALL_QUERIES; q++) {
                    exact.add(exactNearest(vectors, queries[q]));
                }
                for (int candidates : CANDIDATES) {
                    recall = measure(searcher, reader, queries, exact, candidates);
                }
            }
            return recall;
        } finally {
            delete(folder);
        }
    }

    /** Indexes the vectors (document i holds vector i) in one segment, and prints what it took. */
    private static void build(FSDirectory directory, Path folder, float[][] vectors) throws IOException {
        long start = System.nanoTime();
        IndexWriterConfig config =
                new IndexWriterConfig().setRAMBufferSizeMB(1024).setCodec(new HibernateSearchLikeCodec());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < vectors.length; i++) {
                Document document = new Document();
                document.add(new StoredField("id", i));
                document.add(new KnnFloatVectorField("vector", vectors[i], VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(document);
            }
            writer.forceMerge(1);
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.list(folder)) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf(
                "n = %,d: build %.1f s (one segment), index %.0f MB%n", vectors.length, buildSeconds, bytes / 1e6);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
    }

    /**
     * Latency of the {@value #K} nearest when the graph search keeps {@code candidates} (Hibernate Search's
     * {@code knn(candidates)}, fetching {@value #K}), and recall@{@value #K} against exact search; the last recall.
     */
    private static double measure(
            IndexSearcher searcher, DirectoryReader reader, float[][] queries, List<Set<Integer>> exact, int candidates)
            throws IOException {
        for (int q = 0; q < 50; q++) {
            searcher.search(new KnnFloatVectorQuery("vector", queries[q], candidates), K);
        }
        long[] nanos = new long[queries.length];
        ScoreDoc[][] found = new ScoreDoc[queries.length][];
        for (int q = 0; q < queries.length; q++) {
            long t = System.nanoTime();
            found[q] = searcher.search(new KnnFloatVectorQuery("vector", queries[q], candidates), K).scoreDocs;
            nanos[q] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        double recall = 0;
        for (int q = 0; q < exact.size(); q++) {
            int hits = 0;
            for (ScoreDoc doc : found[q]) {
                int id = reader.storedFields()
                        .document(doc.doc)
                        .getField("id")
                        .numericValue()
                        .intValue();
                hits += exact.get(q).contains(id) ? 1 : 0;
            }
            recall += hits / (double) K;
        }
        recall /= exact.size();
        System.out.printf(
                "  candidates %d: query p50 %.2f ms, p99 %.2f ms, recall@%d %.3f (%d queries against exact cosine)%n",
                candidates,
                nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6,
                K,
                recall,
                exact.size());
        return recall;
    }

    /**
     * Lucene's default codec with HNSW (M 16, beam width 100, Hibernate Search's defaults too) and, as Hibernate
     * Search's own vectors format allows, up to 4,096 dimensions: Lucene's default stops at 1,024.
     */
    private static final class HibernateSearchLikeCodec extends FilterCodec {

        private final KnnVectorsFormat hnsw = new Lucene99HnswVectorsFormat();

        HibernateSearchLikeCodec() {
            super("Lucene99", new Lucene99Codec());
        }

        @Override
        public KnnVectorsFormat knnVectorsFormat() {
            return new PerFieldKnnVectorsFormat() {
                @Override
                public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                    return hnsw;
                }

                @Override
                public int getMaxDimensions(String field) {
                    return 4096;
                }
            };
        }
    }

    /** A centre (non-negative Gaussian) or, around one, a member: the centre plus noise, clipped at 0 like ReLU. */
    private static float[] vector(Random random, float[] centre) {
        float[] v = new float[DIMENSION];
        for (int d = 0; d < DIMENSION; d++) {
            v[d] = centre == null
                    ? (float) Math.abs(random.nextGaussian())
                    : Math.max(0, centre[d] + 0.6f * (float) random.nextGaussian());
        }
        return v;
    }

    /** The exact {@value #K} nearest by cosine: the query appended as the last row of the exhaustive search. */
    private static Set<Integer> exactNearest(float[][] vectors, float[] query) {
        float[][] rows = Arrays.copyOf(vectors, vectors.length + 1);
        rows[vectors.length] = query;
        Set<Integer> ids = new HashSet<>();
        for (int row : NearestNeighbours.of(List.<float[][]>of(rows)).nearest(vectors.length, K)) {
            ids.add(row);
        }
        return ids;
    }
}
