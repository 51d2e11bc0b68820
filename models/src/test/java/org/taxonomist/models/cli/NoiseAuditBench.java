package org.taxonomist.models.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.taxonomist.models.audit.AuditPlan;
import org.taxonomist.models.audit.LabelAudit;
import org.taxonomist.models.audit.Suspect;
import org.taxonomist.models.audit.SuspicionMethod;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.Backbones;
import org.taxonomist.models.ensemble.Ensemble;
import org.taxonomist.models.ensemble.EnsembleSettings;
import org.taxonomist.models.ensemble.EnsembleTraining;
import org.taxonomist.models.evaluation.Evaluation;
import org.taxonomist.models.evaluation.Folds;
import org.taxonomist.models.manifest.Manifest;
import org.taxonomist.models.manifest.ManifestEntry;
import org.taxonomist.models.store.ModelStore;

/**
 * Label-noise benchmark (not a test): takes a labelled manifest (deploy/bench/tuxpaint-manifest.sh),
 * injects noise with a fixed seed, audits, and prints per noise kind, rate and method the precision
 * and recall at k = number of injected errors and the AUROC of the suspicion scores. Then trains on
 * noisy labels with and without bagging and prints macro-F1 on clean held-out labels.
 *
 * <p>Level-1 folders (single-label data): swaps to the most similar other folder (nearest centroid),
 * a spurious second folder, and one folder relabelled wholesale. Level-1 and level-2 folders
 * (multi-label data): dropped terms, spurious terms, swaps. Only terms with at least 30 assets.
 * <pre>
 * mvn -q -pl models exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.taxonomist.models.cli.NoiseAuditBench \
 *     -Dexec.args="MANIFEST [BACKBONE_SPEC,BACKBONE_SPEC…]"
 * </pre>
 */
public final class NoiseAuditBench {

    static final double[] RATES = {0.05, 0.10, 0.20};
    static final long SEED = 2026;
    /** Terms with fewer labelled assets are left out ({@code -Dmin.assets}, default the training minimum). */
    static final int MIN_ASSETS = Integer.getInteger("min.assets", 30);

    enum Noise {
        SWAP,
        SPURIOUS,
        DROP,
        WHOLESALE
    }

    /** Embeddings by backbone (the same rows for each), labels and terms. */
    record Data(Map<String, float[][]> x, boolean[][] labels, List<String> terms) {

        int size() {
            return labels.length;
        }
    }

    record Injected(boolean[][] labels, Set<Integer> changed) {}

    /** A manifest's labelled entries that every backbone could embed, with their embeddings by backbone spec. */
    record Embedded(Map<String, float[][]> x, List<ManifestEntry> rows) {}

    /** Embeds (or reads from the embedding cache) the manifest's labelled entries; args: MANIFEST [SPEC,SPEC…]. */
    static Embedded embedded(String[] args) throws InterruptedException {
        Manifest manifest = Manifest.read(Path.of(args[0]));
        List<String> specs = List.of((args.length > 1 ? args[1] : Backbones.DEFAULT_SPEC).split(","));
        List<ManifestEntry> entries = manifest.labelled();
        Map<String, float[][]> embedded = new LinkedHashMap<>();
        for (String spec : specs) {
            try (Backbone backbone = Backbones.open(spec, ModelStore.fromEnvironment())) {
                embedded.put(
                        spec,
                        new Embedder(EmbeddingFiles.fromEnvironment(), System.out, new SkippedFiles(System.out))
                                .embed(backbone, entries, "bench"));
            }
        }
        int[] usable = IntStream.range(0, entries.size())
                .filter(i -> embedded.values().stream().allMatch(x -> x[i] != null))
                .toArray();
        Map<String, float[][]> x = new LinkedHashMap<>();
        embedded.forEach((spec, all) ->
                x.put(spec, Arrays.stream(usable).mapToObj(i -> all[i]).toArray(float[][]::new)));
        return new Embedded(x, Arrays.stream(usable).mapToObj(entries::get).toList());
    }

    public static void main(String[] args) throws Exception {
        List<String> specs = List.of((args.length > 1 ? args[1] : Backbones.DEFAULT_SPEC).split(","));
        Embedded embedded = embedded(args);
        Map<String, float[][]> x = embedded.x();
        List<ManifestEntry> rows = embedded.rows();

        Data level1 = data(x, rows, true);
        Data all = data(x, rows, false);
        System.out.printf(
                "%s, %d bags of %.0f%%; level-1: %d assets, %d terms; level-1+2: %d assets, %d terms%n",
                specs,
                auditSettings().bags(),
                auditSettings().fraction() * 100,
                level1.size(),
                level1.terms().size(),
                all.size(),
                all.terms().size());
        System.out.println("| labels | noise | rate | errors | method | precision@k | recall@k | AUROC |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Noise noise : List.of(Noise.SWAP, Noise.SPURIOUS, Noise.WHOLESALE)) {
            report("level-1", level1, noise);
        }
        baggingUnderNoise(level1);
        for (Noise noise : List.of(Noise.DROP, Noise.SPURIOUS, Noise.SWAP)) {
            report("level-1+2", all, noise);
        }
    }

    static void report(String name, Data data, Noise noise) {
        for (double rate : RATES) {
            if (noise == Noise.WHOLESALE && rate != RATES[1]) {
                continue; // one folder, whichever size: a single case
            }
            Injected injected = inject(data, noise, rate, new SplittableRandom(SEED));
            if (injected.changed().isEmpty()) {
                continue;
            }
            AuditPlan plan = AuditPlan.of(injected.labels(), data.terms(), auditSettings());
            List<float[][]> heldOut = IntStream.range(0, plan.bags().size())
                    .mapToObj(b -> LabelAudit.heldOut(plan, b, data.x(), injected.labels(), auditSettings()))
                    .toList();
            for (SuspicionMethod method : SuspicionMethod.values()) {
                List<Suspect> ranked =
                        LabelAudit.rank(plan, heldOut, injected.labels(), data.terms(), auditSettings(), method);
                int k = injected.changed().size();
                long hits = ranked.subList(0, Math.min(k, ranked.size())).stream()
                        .filter(s -> injected.changed().contains(s.asset()))
                        .count();
                System.out.printf(
                        "| %s | %s | %.0f%% | %d | %s | %.3f | %.3f | %.3f |%n",
                        name,
                        noise.name().toLowerCase(),
                        noise == Noise.WHOLESALE ? 100.0 * k / data.size() : rate * 100,
                        k,
                        method.label(),
                        (double) hits / k,
                        (double) hits / k,
                        auroc(ranked, injected.changed()));
            }
        }
    }

    /** Macro-F1 on clean held-out labels after training on labels with swaps: 5 bags of 75% against one head. */
    static void baggingUnderNoise(Data data) {
        int[] folds = Folds.stratified(data.labels(), 5, SEED);
        int[] test = Folds.inFold(folds, 0);
        int[] train = Folds.outsideFold(folds, 0);
        Map<String, float[][]> trainingX = new LinkedHashMap<>();
        data.x().forEach((spec, x) -> trainingX.put(spec, EnsembleTraining.rows(x, train)));
        Data training = new Data(trainingX, EnsembleTraining.rows(data.labels(), train), data.terms());
        System.out.println("| swaps in training labels | 5 bags of 75% | 1 head on 80% |");
        System.out.println("|---|---|---|");
        for (double rate : new double[] {0, 0.10, 0.20}) {
            boolean[][] noisy = rate == 0
                    ? training.labels()
                    : inject(training, Noise.SWAP, rate, new SplittableRandom(SEED))
                            .labels();
            double bagged = cleanMacroF1(training.x(), noisy, data, test, settings());
            double single = cleanMacroF1(
                    training.x(), noisy, data, test, settings().withBags(1).withFraction(0.8));
            System.out.printf("| %.0f%% | %.3f | %.3f |%n", rate * 100, bagged, single);
        }
    }

    static double cleanMacroF1(
            Map<String, float[][]> x, boolean[][] noisy, Data data, int[] test, EnsembleSettings settings) {
        Ensemble ensemble =
                EnsembleTraining.train(x, noisy, data.terms(), settings).ensemble();
        float[][] p = Arrays.stream(test)
                .mapToObj(i -> ensemble.predict(row(data.x(), i)))
                .toArray(float[][]::new);
        int[] columns =
                ensemble.terms().stream().mapToInt(data.terms()::indexOf).toArray();
        boolean[][] truth = new boolean[test.length][columns.length];
        for (int i = 0; i < test.length; i++) {
            for (int c = 0; c < columns.length; c++) {
                truth[i][c] = data.labels()[test[i]][columns[c]];
            }
        }
        return Evaluation.of(p, ensemble.thresholds(), truth, ensemble.terms()).macroF1();
    }

    static EnsembleSettings settings() {
        return EnsembleSettings.defaults().withMinAssetsPerTerm(MIN_ASSETS);
    }

    static EnsembleSettings auditSettings() {
        return AuditPlan.settings(settings());
    }

    private static Map<String, float[]> row(Map<String, float[][]> x, int i) {
        Map<String, float[]> row = new LinkedHashMap<>();
        x.forEach((spec, all) -> row.put(spec, all[i]));
        return row;
    }

    /** The assets' level-1 terms (or all their terms) that at least {@link #MIN_ASSETS} assets carry; assets with none are left out. */
    static Data data(Map<String, float[][]> x, List<ManifestEntry> entries, boolean levelOneOnly) {
        Map<String, Long> counts = entries.stream()
                .flatMap(e -> e.labels().stream())
                .filter(t -> !levelOneOnly || !t.contains("/"))
                .collect(java.util.stream.Collectors.groupingBy(
                        t -> t, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        List<String> terms = counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_ASSETS)
                .map(Map.Entry::getKey)
                .toList();
        List<Integer> kept = new ArrayList<>();
        List<boolean[]> keptLabels = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            boolean[] row = new boolean[terms.size()];
            for (String term : entries.get(i).labels()) {
                int t = terms.indexOf(term);
                if (t >= 0) {
                    row[t] = true;
                }
            }
            if (IntStream.range(0, row.length).anyMatch(t -> row[t])) {
                kept.add(i);
                keptLabels.add(row);
            }
        }
        Map<String, float[][]> keptX = new LinkedHashMap<>();
        x.forEach((spec, all) -> keptX.put(spec, kept.stream().map(i -> all[i]).toArray(float[][]::new)));
        return new Data(keptX, keptLabels.toArray(boolean[][]::new), terms);
    }

    static Injected inject(Data data, Noise noise, double rate, SplittableRandom random) {
        boolean[][] labels = Arrays.stream(data.labels()).map(boolean[]::clone).toArray(boolean[][]::new);
        int n = labels.length;
        int terms = data.terms().size();
        Set<Integer> changed = new HashSet<>();
        if (noise == Noise.WHOLESALE) {
            // The folder whose size is closest to the rate, all relabelled as its most similar folder.
            int folder = IntStream.range(0, terms)
                    .boxed()
                    .min((a, b) -> Double.compare(
                            Math.abs(count(labels, a) - rate * n), Math.abs(count(labels, b) - rate * n)))
                    .orElseThrow();
            int into = nearest(data, folder);
            for (int i = 0; i < n; i++) {
                if (labels[i][folder]) {
                    labels[i][folder] = false;
                    labels[i][into] = true;
                    changed.add(i);
                }
            }
            return new Injected(labels, changed);
        }
        int[] order = Folds.permutation(n, random);
        int wanted = (int) Math.round(rate * n);
        for (int i : order) {
            if (changed.size() == wanted) {
                break;
            }
            int[] present = IntStream.range(0, terms).filter(t -> labels[i][t]).toArray();
            int[] absent = IntStream.range(0, terms).filter(t -> !labels[i][t]).toArray();
            switch (noise) {
                case SWAP -> {
                    int from = present[random.nextInt(present.length)];
                    int to = nearest(data, from);
                    if (labels[i][to]) {
                        continue;
                    }
                    labels[i][from] = false;
                    labels[i][to] = true;
                }
                case DROP -> {
                    if (present.length < 2) {
                        continue; // the asset must stay labelled to be audited
                    }
                    labels[i][present[random.nextInt(present.length)]] = false;
                }
                case SPURIOUS -> {
                    if (absent.length == 0) {
                        continue;
                    }
                    labels[i][absent[random.nextInt(absent.length)]] = true;
                }
                default -> throw new IllegalStateException();
            }
            changed.add(i);
        }
        return new Injected(labels, changed);
    }

    /**
     * The other term whose assets' mean embedding is closest to the term's (on the clean labels), by
     * the first backbone: the same noise whichever backbones are audited after it.
     */
    static int nearest(Data data, int term) {
        float[] centre = centroid(data, term);
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int t = 0; t < data.terms().size(); t++) {
            if (t == term) {
                continue;
            }
            float[] other = centroid(data, t);
            double distance = 0;
            for (int d = 0; d < centre.length; d++) {
                distance += (centre[d] - other[d]) * (centre[d] - other[d]);
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = t;
            }
        }
        return best;
    }

    static float[] centroid(Data data, int term) {
        float[][] x = data.x().values().iterator().next();
        float[] sum = new float[x[0].length];
        int count = 0;
        for (int i = 0; i < x.length; i++) {
            if (data.labels()[i][term]) {
                for (int d = 0; d < sum.length; d++) {
                    sum[d] += x[i][d];
                }
                count++;
            }
        }
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= Math.max(1, count);
        }
        return sum;
    }

    static long count(boolean[][] labels, int term) {
        return Arrays.stream(labels).filter(row -> row[term]).count();
    }

    /** Probability that a changed asset scores above an unchanged one (ties count half). */
    static double auroc(List<Suspect> ranked, Set<Integer> changed) {
        double[] positives = ranked.stream()
                .filter(s -> changed.contains(s.asset()))
                .mapToDouble(Suspect::score)
                .toArray();
        double[] negatives = ranked.stream()
                .filter(s -> !changed.contains(s.asset()))
                .mapToDouble(Suspect::score)
                .toArray();
        double wins = 0;
        for (double p : positives) {
            for (double q : negatives) {
                wins += p > q ? 1 : p == q ? 0.5 : 0;
            }
        }
        return wins / ((double) positives.length * negatives.length);
    }
}
