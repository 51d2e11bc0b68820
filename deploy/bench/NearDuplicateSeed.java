import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;

/**
 * Writes N assets straight into a stopped server's H2 database for deploy/bench/near-duplicates-scale.sh, as the
 * plugin would have left them after embedding: each asset's embedding by every given backbone (tx_embedding, and on
 * the asset for the similar-image index), and its perceptual hash (tx_image_fingerprint). No image files: the job
 * reads only what is cached. A single-file program (JDK + the H2 driver on the class path, no build).
 *
 * <p>The vectors are those of {@code ImageVectorIndexBenchmark#nearDuplicateCheckOfEveryAsset}: 200 clusters of
 * non-negative values (as a ReLU backbone gives), every 50th asset a planted copy of an earlier one (its vector moved
 * by noise, 4 bits of its hash flipped), all other hashes random.
 *
 * <p>Usage: {@code java -cp h2.jar NearDuplicateSeed.java JDBC_URL USER PASSWORD N BACKBONE:DIMENSION...}, the first
 * backbone the default one.
 */
public class NearDuplicateSeed {

    private static final long FIRST_ID = 10_000_000;
    private static final int CLUSTERS = 200;
    private static final int BATCH = 500;

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[3]);
        int backbones = args.length - 4;
        String[] keys = new String[backbones];
        int[] dimensions = new int[backbones];
        for (int b = 0; b < backbones; b++) {
            keys[b] = args[4 + b].substring(0, args[4 + b].lastIndexOf(':'));
            dimensions[b] = Integer.parseInt(args[4 + b].substring(args[4 + b].lastIndexOf(':') + 1));
        }
        Random random = new Random(27);
        float[][][] centres = new float[backbones][CLUSTERS][];
        for (int b = 0; b < backbones; b++) {
            for (int c = 0; c < CLUSTERS; c++) {
                centres[b][c] = vector(random, dimensions[b], null);
            }
        }
        float[][][] vectors = new float[backbones][n][];
        long[] hashes = new long[n];
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            PreparedStatement asset = db.prepareStatement("insert into dam_asset (id, contentHash, fileName, format, "
                    + "width, height, byteSize, createdAt, createdBy, updatedAt, version) "
                    + "values (?, ?, ?, 'png', 640, 480, 100000, ?, 'bench', ?, 0)");
            PreparedStatement onAsset = db.prepareStatement(
                    "insert into dam_asset_vector (asset_id, backbone, embedding) values (?, ?, ?)");
            PreparedStatement cached = db.prepareStatement("insert into tx_embedding "
                    + "(id, backbone, contentHash, createdAt, vector) values (?, ?, ?, ?, ?)");
            PreparedStatement fingerprint = db.prepareStatement(
                    "insert into tx_image_fingerprint (contentHash, perceptualHash) values (?, ?)");
            int copies = 0;
            for (int i = 0; i < n; i++) {
                int copyOf = i > 0 && i % 50 == 0 ? random.nextInt(i) : -1;
                int cluster = random.nextInt(CLUSTERS);
                long id = FIRST_ID + i;
                String contentHash = String.format("%064x", id);
                for (int b = 0; b < backbones; b++) {
                    vectors[b][i] = copyOf < 0
                            ? vector(random, dimensions[b], centres[b][cluster])
                            : copy(random, vectors[b][copyOf]);
                }
                hashes[i] = copyOf < 0 ? random.nextLong() : flipped(random, hashes[copyOf], 4);
                copies += copyOf < 0 ? 0 : 1;
                asset.setLong(1, id);
                asset.setString(2, contentHash);
                asset.setString(3, (copyOf < 0 ? "bench-" : "bench-copy-of-" + (FIRST_ID + copyOf) + "-") + i + ".png");
                asset.setTimestamp(4, now);
                asset.setTimestamp(5, now);
                asset.addBatch();
                for (int b = 0; b < backbones; b++) {
                    byte[] bytes = bytes(vectors[b][i]);
                    onAsset.setLong(1, id);
                    onAsset.setString(2, keys[b]);
                    onAsset.setBytes(3, bytes);
                    onAsset.addBatch();
                    cached.setLong(1, id * backbones + b);
                    cached.setString(2, keys[b]);
                    cached.setString(3, contentHash);
                    cached.setTimestamp(4, now);
                    cached.setBytes(5, bytes);
                    cached.addBatch();
                }
                fingerprint.setString(1, contentHash);
                fingerprint.setLong(2, hashes[i]);
                fingerprint.addBatch();
                if ((i + 1) % BATCH == 0 || i == n - 1) {
                    asset.executeBatch();
                    onAsset.executeBatch();
                    cached.executeBatch();
                    fingerprint.executeBatch();
                    db.commit();
                }
            }
            System.out.printf("%,d assets seeded, %,d of them planted copies of earlier ones%n", n, copies);
        }
    }

    private static float[] vector(Random random, int dimension, float[] centre) {
        float[] v = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            v[d] = centre == null
                    ? (float) Math.abs(random.nextGaussian())
                    : Math.max(0, centre[d] + 0.6f * (float) random.nextGaussian());
        }
        return v;
    }

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

    private static byte[] bytes(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }
}
