package org.taxonomist.models.pca;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;

/**
 * Principal component analysis of embeddings: the k directions along which a collection's
 * embeddings vary most. It shrinks 1344-d embeddings to, say, 100 numbers for faster heads and
 * noise scores, and to 2 or 3 for maps of the collection, keeping most of the variance
 * ({@link #explainedVariance()} says how much). Pure Java, deterministic for a seed.
 *
 * <pre>{@code
 * Pca pca = Pca.fit(embeddings, 100, 42L);            // n × 1344
 * float[][] reduced = pca.projectAll(embeddings);     // n × 100
 * double kept = pca.explainedVariance();              // for example 0.83
 * byte[] stored = pca.toBytes();                       // Pca.fromBytes(stored) projects identically
 * }</pre>
 *
 * <p>Fitting centres the data, forms the covariance matrix (n·d²/2 multiply-adds, split across
 * the cores of the common fork-join pool) and finds its leading eigenvectors by subspace
 * iteration with a Rayleigh-Ritz step; for d in the thousands this is much cheaper than
 * multiplying the n × d data again in every power iteration.
 */
public final class Pca {

    private static final int MAGIC = 0x54585043; // "TXPC"
    private static final int FORMAT_VERSION = 1;

    private final float[] mean;
    /**
     * [feature][component]: a projection is then one multiply-add of a row per feature, loads and
     * stores at the same index, which the JIT vectorises.
     */
    private final float[][] weights;

    private final double[] variances;
    private final double totalVariance;
    private final int componentCount;

    private Pca(float[] mean, float[][] weights, double[] variances, double totalVariance) {
        this.mean = mean;
        this.weights = weights;
        this.variances = variances;
        this.totalVariance = totalVariance;
        this.componentCount = variances.length;
    }

    /**
     * Fits the principal components.
     *
     * @param x          one row per asset (at least 2), all of the same length d
     * @param components how many to keep, 1..d
     * @param seed       the random start of the subspace iteration; the same data and seed give the same bytes
     */
    public static Pca fit(float[][] x, int components, long seed) {
        if (x.length < 2) {
            throw new IllegalArgumentException("Need at least 2 rows, got " + x.length);
        }
        int d = x[0].length;
        if (components < 1 || components > d) {
            throw new IllegalArgumentException("Components must be within 1.." + d + ", got " + components);
        }
        double[] exactMean = Covariance.mean(x);
        float[] mean = new float[d];
        for (int j = 0; j < d; j++) {
            mean[j] = (float) exactMean[j];
        }
        float[][] covariance = Covariance.of(x, mean);
        double trace = 0;
        for (int j = 0; j < d; j++) {
            trace += covariance[j][j];
        }
        SubspaceIteration.Eigenpairs eigen = SubspaceIteration.leading(covariance, components, seed);
        float[][] weights = new float[d][components];
        for (int c = 0; c < components; c++) {
            float[] vector = eigen.vectors()[c];
            for (int j = 0; j < d; j++) {
                weights[j][c] = vector[j];
            }
        }
        return new Pca(mean, weights, eigen.values(), trace);
    }

    /** Length of the vectors this PCA reads. */
    public int dimension() {
        return mean.length;
    }

    /** Number of components, the length of a projection. */
    public int components() {
        return componentCount;
    }

    /** The coordinates of one vector along the components (after centring). */
    public float[] project(float[] vector) {
        if (vector.length != mean.length) {
            throw new IllegalArgumentException(
                    "Vector has " + vector.length + " values, the PCA expects " + mean.length);
        }
        float[] out = new float[componentCount];
        for (int j = 0; j < mean.length; j++) {
            float centred = vector[j] - mean[j];
            float[] row = weights[j];
            for (int c = 0; c < componentCount; c++) {
                out[c] += centred * row[c];
            }
        }
        return out;
    }

    /** {@link #project} for every row, in parallel. */
    public float[][] projectAll(float[][] vectors) {
        float[][] out = new float[vectors.length][];
        IntStream.range(0, vectors.length).parallel().forEach(i -> out[i] = project(vectors[i]));
        return out;
    }

    /** Share of the total variance that the components keep, in [0, 1] (0 for constant data). */
    public double explainedVariance() {
        if (totalVariance <= 0) {
            return 0;
        }
        double kept = 0;
        for (double v : variances) {
            kept += v;
        }
        return Math.min(1, kept / totalVariance);
    }

    /** The variance of the data along each component (the covariance eigenvalues), descending. */
    public double[] componentVariances() {
        return variances.clone();
    }

    /** Component c as a unit vector of length {@link #dimension()}; its largest entry is positive. */
    public float[] component(int c) {
        if (c < 0 || c >= componentCount) {
            throw new IndexOutOfBoundsException("No component " + c + " of " + componentCount);
        }
        float[] vector = new float[mean.length];
        for (int j = 0; j < mean.length; j++) {
            vector[j] = weights[j][c];
        }
        return vector;
    }

    /** The mean that is subtracted before projecting. */
    public float[] mean() {
        return mean.clone();
    }

    /** Versioned binary form: magic "TXPC", format version, sizes, mean, weights, variances, big-endian. */
    public byte[] toBytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeInt(mean.length);
            out.writeInt(componentCount);
            for (float v : mean) {
                out.writeFloat(v);
            }
            for (float[] row : weights) {
                for (float v : row) {
                    out.writeFloat(v);
                }
            }
            for (double v : variances) {
                out.writeDouble(v);
            }
            out.writeDouble(totalVariance);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** Reads {@link #toBytes()} output; rejects other data and unknown format versions. */
    public static Pca fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("Not a serialised PCA");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException(
                        "Unsupported PCA format version " + version + " (this build reads " + FORMAT_VERSION + ")");
            }
            int d = in.readInt();
            int k = in.readInt();
            long expected = 4L * d + 4L * d * k + 8L * k + 8;
            if (d < 1 || k < 1 || k > d || expected != in.available()) {
                throw new IllegalArgumentException("Truncated or corrupt serialised PCA");
            }
            float[] mean = new float[d];
            for (int j = 0; j < d; j++) {
                mean[j] = in.readFloat();
            }
            float[][] weights = new float[d][k];
            for (float[] row : weights) {
                for (int c = 0; c < k; c++) {
                    row[c] = in.readFloat();
                }
            }
            double[] variances = new double[k];
            for (int c = 0; c < k; c++) {
                variances[c] = in.readDouble();
            }
            double total = in.readDouble();
            return new Pca(mean, weights, variances, total);
        } catch (IOException e) {
            throw new IllegalArgumentException("Truncated or corrupt serialised PCA", e);
        }
    }
}
