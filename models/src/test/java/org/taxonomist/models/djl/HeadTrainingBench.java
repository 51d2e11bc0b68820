package org.taxonomist.models.djl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.taxonomist.models.head.Head;
import org.taxonomist.models.head.recipe.HeadSettings;

/**
 * Benchmark harness, not a test: trains 5 bagged heads (each on a random 75% of the assets) on
 * 50,000 synthetic 1280-d embeddings with 100 terms, and prints the seconds per bag, the total and
 * the out-of-bag quality. The target: all 5 bags in under 2 minutes on 2 cores.
 *
 * <pre>
 * mvn -o -q -pl models test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.taxonomist.models.djl.HeadTrainingBench [-Dexec.args="assets dim terms bags"]
 * </pre>
 *
 * Settings are {@link HeadSettings#defaults()}, changed by system properties {@code bench.hidden}
 * (e.g. {@code 512,512}), {@code bench.epochs}, {@code bench.batch}, {@code bench.lr},
 * {@code bench.patience}, {@code bench.dropout}, {@code bench.weightDecay}.
 *
 * <p>The data are "random but learnable": 32 latent factors mixed into 1280 noisy, offset
 * channels (as a backbone spreads a concept over many channels); each term is a linear rule on
 * the factors (three in ten of them a product of two rules, i.e. not linear) with a prevalence
 * between 3% and 50%, and 3% of the labels are flipped.
 */
public final class HeadTrainingBench {

    private HeadTrainingBench() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 1280;
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int bags = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        HeadSettings settings = settings();
        Logger log = Logger.getLogger(MlpTraining.class.getName());
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(Level.FINE);
        log.addHandler(handler);
        log.setLevel(Level.FINE);

        long generating = System.nanoTime();
        float[][] x = new float[n][];
        boolean[][] y = new boolean[n][];
        generate(x, y, d, k);
        System.out.printf(
                "Data: %d x %d, %d terms, generated in %.1f s; %d cores; settings %s; ai.djl.pytorch.num_threads=%s%n",
                n,
                d,
                k,
                (System.nanoTime() - generating) / 1e9,
                Runtime.getRuntime().availableProcessors(),
                settings,
                System.getProperty("ai.djl.pytorch.num_threads", "(engine default)"));
        List<String> terms = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            terms.add("term-" + t);
        }

        SplittableRandom random = new SplittableRandom(2024);
        double total = 0;
        for (int b = 0; b < bags; b++) {
            int[] order = new int[n];
            Arrays.setAll(order, i -> i);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            int inBag = (int) Math.round(0.75 * n);
            float[][] bagX = new float[inBag][];
            boolean[][] bagY = new boolean[inBag][];
            for (int i = 0; i < inBag; i++) {
                bagX[i] = x[order[i]];
                bagY[i] = y[order[i]];
            }
            long started = System.nanoTime();
            Head head = Head.train(bagX, bagY, terms, settings.withSeed(settings.seed() + b));
            double seconds = (System.nanoTime() - started) / 1e9;
            total += seconds;
            int[] outOfBag = Arrays.copyOfRange(order, inBag, Math.min(n, inBag + 2000));
            System.out.printf(
                    "bag %d: %.1f s; out-of-bag (%d assets): accuracy %.4f, macro-F1 %.3f%n",
                    b + 1, seconds, outOfBag.length, accuracy(head, x, y, outOfBag), macroF1(head, x, y, outOfBag));
        }
        System.out.printf("Total: %.1f s for %d bags (%.1f s per bag)%n", total, bags, total / bags);
    }

    private static HeadSettings settings() {
        HeadSettings s = HeadSettings.defaults();
        String hidden = System.getProperty("bench.hidden");
        if (hidden != null) {
            s = s.withHiddenLayers(
                    hidden.isBlank()
                            ? List.of()
                            : Arrays.stream(hidden.split(","))
                                    .map(String::strip)
                                    .map(Integer::valueOf)
                                    .toList());
        }
        if (System.getProperty("bench.epochs") != null) {
            s = s.withEpochs(Integer.getInteger("bench.epochs"));
        }
        if (System.getProperty("bench.batch") != null) {
            s = s.withBatchSize(Integer.getInteger("bench.batch"));
        }
        if (System.getProperty("bench.patience") != null) {
            s = s.withPatience(Integer.getInteger("bench.patience"));
        }
        if (System.getProperty("bench.lr") != null) {
            s = s.withLearningRate(Double.parseDouble(System.getProperty("bench.lr")));
        }
        if (System.getProperty("bench.dropout") != null) {
            s = s.withDropout(Double.parseDouble(System.getProperty("bench.dropout")));
        }
        if (System.getProperty("bench.weightDecay") != null) {
            s = s.withWeightDecay(Double.parseDouble(System.getProperty("bench.weightDecay")));
        }
        return s;
    }

    public static void generate(float[][] x, boolean[][] y, int d, int k) {
        int factors = 32;
        SplittableRandom random = new SplittableRandom(1);
        float[][] mixing = new float[factors][d];
        for (float[] row : mixing) {
            for (int j = 0; j < d; j++) {
                row[j] = (float) gaussian(random);
            }
        }
        double[][] rules = new double[k][factors];
        double[][] second = new double[k][factors];
        double[] threshold = new double[k];
        boolean[] product = new boolean[k];
        for (int t = 0; t < k; t++) {
            for (int f = 0; f < factors; f++) {
                rules[t][f] = gaussian(random) / Math.sqrt(factors);
                second[t][f] = gaussian(random) / Math.sqrt(factors);
            }
            product[t] = t % 10 < 3;
            threshold[t] = product[t] ? 0 : 1.9 * random.nextDouble(); // prevalence 3% .. 50% for the linear rules
        }
        double[] z = new double[factors];
        for (int i = 0; i < x.length; i++) {
            for (int f = 0; f < factors; f++) {
                z[f] = gaussian(random);
            }
            float[] row = new float[d];
            for (int j = 0; j < d; j++) {
                row[j] = (float) (0.3 * gaussian(random) + 0.05 * (j % 11));
            }
            for (int f = 0; f < factors; f++) {
                float zf = (float) (z[f] * 0.2);
                float[] m = mixing[f];
                for (int j = 0; j < d; j++) {
                    row[j] += zf * m[j];
                }
            }
            boolean[] labels = new boolean[k];
            for (int t = 0; t < k; t++) {
                double score = dot(rules[t], z);
                boolean positive = product[t] ? score * dot(second[t], z) > 0.3 : score > threshold[t];
                labels[t] = positive ^ random.nextDouble() < 0.03;
            }
            x[i] = row;
            y[i] = labels;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    private static double accuracy(Head head, float[][] x, boolean[][] y, int[] rows) {
        long correct = 0;
        for (int i : rows) {
            float[] p = head.predict(x[i]);
            for (int t = 0; t < p.length; t++) {
                correct += (p[t] > 0.5f) == y[i][t] ? 1 : 0;
            }
        }
        return correct / (double) (rows.length * (long) head.terms().size());
    }

    private static double macroF1(Head head, float[][] x, boolean[][] y, int[] rows) {
        int k = head.terms().size();
        int[] tp = new int[k];
        int[] fp = new int[k];
        int[] fn = new int[k];
        for (int i : rows) {
            float[] p = head.predict(x[i]);
            for (int t = 0; t < k; t++) {
                boolean predicted = p[t] > 0.5f;
                tp[t] += predicted && y[i][t] ? 1 : 0;
                fp[t] += predicted && !y[i][t] ? 1 : 0;
                fn[t] += !predicted && y[i][t] ? 1 : 0;
            }
        }
        double sum = 0;
        for (int t = 0; t < k; t++) {
            sum += tp[t] == 0 ? 0 : 2.0 * tp[t] / (2.0 * tp[t] + fp[t] + fn[t]);
        }
        return sum / k;
    }
}
