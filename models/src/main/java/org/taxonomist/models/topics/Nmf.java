package org.taxonomist.models.topics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * NMF of the tf-idf document-term matrix X (n documents × V terms; an asset has a term or not, so
 * x = idf(term) = ln(n / documents with the term) + 1 where it has it, else 0): X ≈ W·Hᵀ with W
 * (n × k) and H (V × k) non-negative, minimising the squared error, by hierarchical alternating
 * least squares (HALS: Cichocki &amp; Phan 2009, in the form of Gillis &amp; Glineur 2012): each
 * sweep solves for W's columns one at a time with the others fixed, then for H's. Why idf: on a
 * binary matrix the few terms that nearly every asset has (Debian's {@code role::program}) each
 * took a topic of their own; weighted, the topics are about subjects, and their coherence on the
 * debtags corpus rose from 0.14 to 0.20 (see the module README).
 *
 * <p>X is touched only through X·H and Xᵀ·W, each O(pairs · k) with the corpus's term lists and
 * postings, and the rest is k × k Gram matrices: a sweep over 100,000 assets of 10 terms with
 * k = 30 is a few hundred million multiply-adds, shared out by {@link Chunked} so that the result
 * does not depend on the thread count.
 */
final class Nmf {

    /** Training entries stay above this: a factor column at exactly zero would stay zero for good. */
    static final double FLOOR = 1e-12;
    /** A document whose own terms the topics give back less than this share of is explained by none of them. */
    static final double UNEXPLAINED = 0.01;
    /** Stop once a sweep lowers the squared error by less than this share of ‖X‖². */
    static final double TOLERANCE = 1e-5;

    private Nmf() {}

    static TopicFit fit(Corpus corpus, TopicSettings settings) {
        int n = corpus.size();
        int v = corpus.terms().size();
        int k = settings.topics();
        int[][] postings = corpus.postings();
        double[] idf = idf(postings, n);
        double mass = 0;
        double total = 0; // ‖X‖²
        for (int t = 0; t < v; t++) {
            mass += postings[t].length * idf[t];
            total += postings[t].length * idf[t] * idf[t];
        }

        // Random start at the scale of X (as scikit-learn's "random" init): E[W·Hᵀ] ≈ mean(X).
        SplittableRandom random = new SplittableRandom(settings.seed());
        double scale = 2 * Math.sqrt(mass / ((double) n * v * k));
        double[][] w = uniform(n, k, scale, random);
        double[][] h = uniform(v, k, scale, random);

        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            double[][] hh = Chunked.gram(pool, h, k);
            double previous = Double.POSITIVE_INFINITY;
            for (int sweep = 0; sweep < settings.iterations(); sweep++) {
                double[][] hGram = hh;
                Chunked.forEach(pool, n, (from, to) -> {
                    double[] xh = new double[k];
                    for (int d = from; d < to; d++) {
                        weightedSum(h, corpus.document(d), idf, xh);
                        solve(w[d], xh, hGram, FLOOR);
                    }
                });
                double[][] ww = Chunked.gram(pool, w, k);
                double[][] xw = new double[v][k];
                Chunked.forEach(pool, v, (from, to) -> {
                    for (int t = from; t < to; t++) {
                        scaledSum(w, postings[t], idf[t], xw[t]);
                        solve(h[t], xw[t], ww, FLOOR);
                    }
                });
                hh = Chunked.gram(pool, h, k);
                double error = squaredError(total, xw, h, ww, hh);
                if (previous - error < TOLERANCE * total) {
                    break;
                }
                previous = error;
            }
        } finally {
            pool.shutdownNow();
        }
        return result(corpus, settings, w, h, idf);
    }

    /**
     * One HALS sweep over a row's k coordinates: {@code x[j] ← max(floor, x[j] + (a[j] − (x·G)[j]) / G[j][j])},
     * the exact minimiser of ‖target − x·F‖² in coordinate j with the others fixed, where
     * {@code a} = target·Fᵀ and {@code g} = F·Fᵀ. Returns the largest change.
     */
    static double solve(double[] x, double[] a, double[][] g, double floor) {
        double largest = 0;
        for (int j = 0; j < x.length; j++) {
            double[] gj = g[j];
            if (gj[j] <= 0) {
                continue;
            }
            double dot = 0;
            for (int l = 0; l < x.length; l++) {
                dot += x[l] * gj[l];
            }
            double updated = Math.max(floor, x[j] + (a[j] - dot) / gj[j]);
            largest = Math.max(largest, Math.abs(updated - x[j]));
            x[j] = updated;
        }
        return largest;
    }

    /** Each term's weight in a document that has it: ln(n / df) + 1 (so at least 1). */
    static double[] idf(int[][] postings, int n) {
        double[] idf = new double[postings.length];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = Math.log((double) n / postings[t].length) + 1;
        }
        return idf;
    }

    /** Sets {@code into} to the sum of the given rows of {@code rows}, row r weighted by {@code weights[r]}. */
    private static void weightedSum(double[][] rows, int[] which, double[] weights, double[] into) {
        Arrays.fill(into, 0);
        for (int r : which) {
            double[] row = rows[r];
            double weight = weights[r];
            for (int j = 0; j < into.length; j++) {
                into[j] += weight * row[j];
            }
        }
    }

    /** Sets {@code into} to {@code factor} times the sum of the given rows of {@code rows}. */
    private static void scaledSum(double[][] rows, int[] which, double factor, double[] into) {
        Arrays.fill(into, 0);
        for (int r : which) {
            double[] row = rows[r];
            for (int j = 0; j < into.length; j++) {
                into[j] += row[j];
            }
        }
        for (int j = 0; j < into.length; j++) {
            into[j] *= factor;
        }
    }

    /** ‖X − W·Hᵀ‖² = ‖X‖² − 2·⟨Xᵀ·W, H⟩ + ⟨Wᵀ·W, Hᵀ·H⟩, without forming W·Hᵀ. */
    private static double squaredError(double total, double[][] xw, double[][] h, double[][] ww, double[][] hh) {
        double cross = 0;
        for (int t = 0; t < h.length; t++) {
            for (int j = 0; j < h[t].length; j++) {
                cross += xw[t][j] * h[t][j];
            }
        }
        double fit = 0;
        for (int j = 0; j < ww.length; j++) {
            for (int l = 0; l < ww.length; l++) {
                fit += ww[j][l] * hh[j][l];
            }
        }
        return total - 2 * cross + fit;
    }

    /**
     * Topic-term weights: H's columns scaled to sum 1. Document scores: W's columns scaled the
     * other way (so W·Hᵀ is unchanged), then each row to sum 1: the share of the document that
     * each topic explains. A document the topics do not explain (with more subjects than topics:
     * W·Hᵀ gives back less than {@value #UNEXPLAINED} of its own terms' weight, x·x̂ &lt; 0.01 x·x)
     * scores all zeros, as a new document without known terms does: scaled to sum 1, its near-zero
     * row would hand it whole to some topic.
     */
    private static TopicFit result(Corpus corpus, TopicSettings settings, double[][] w, double[][] h, double[] idf) {
        int k = settings.topics();
        double[] mass = new double[k];
        for (double[] row : h) {
            for (int j = 0; j < k; j++) {
                mass[j] += row[j];
            }
        }
        float[][] topicTerms = new float[k][h.length];
        for (int t = 0; t < h.length; t++) {
            for (int j = 0; j < k; j++) {
                topicTerms[j][t] = (float) (h[t][j] / mass[j]);
            }
        }
        float[][] scores = new float[w.length][];
        double[] scaled = new double[k];
        for (int d = 0; d < w.length; d++) {
            for (int j = 0; j < k; j++) {
                scaled[j] = w[d][j] * mass[j];
            }
            scores[d] = explained(corpus.document(d), w[d], h, idf) < UNEXPLAINED
                    ? new float[k]
                    : Scoring.normalised(scaled);
        }
        return new TopicFit(TopicModel.nmf(settings.seed(), corpus.terms(), topicTerms, idf), scores);
    }

    /** How much of a document's own terms W·Hᵀ gives back: x·x̂ / x·x over its terms. */
    private static double explained(int[] document, double[] w, double[][] h, double[] idf) {
        double own = 0;
        double given = 0;
        for (int t : document) {
            double reconstructed = 0;
            for (int j = 0; j < w.length; j++) {
                reconstructed += w[j] * h[t][j];
            }
            own += idf[t] * idf[t];
            given += idf[t] * reconstructed;
        }
        return given / own;
    }

    private static double[][] uniform(int rows, int columns, double scale, SplittableRandom random) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = scale * random.nextDouble();
            }
        }
        return m;
    }
}
