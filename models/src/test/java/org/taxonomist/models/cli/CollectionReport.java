package org.taxonomist.models.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.taxonomist.models.audit.AuditPlan;
import org.taxonomist.models.audit.LabelAudit;
import org.taxonomist.models.audit.Suspect;
import org.taxonomist.models.audit.SuspicionMethod;
import org.taxonomist.models.ensemble.CrossValidation;
import org.taxonomist.models.ensemble.EnsembleSettings;
import org.taxonomist.models.ensemble.HeadChoice;
import org.taxonomist.models.head.recipe.HeadRecipe;
import org.taxonomist.models.manifest.Manifest;
import org.taxonomist.models.manifest.ManifestEntry;

/**
 * The fixed protocol by which the defaults are judged on a labelled collection (not a test): with
 * the settings a new install gets, the 5-fold macro-F1 of the category field (every term of the
 * manifest; terms under the training minimum are named, not scored), and the label audit at 10% of
 * the labels swapped to the most similar term (seed 2026), as precision@k (k = swapped labels) and
 * AUROC of the suspicion scores. Prints one README row. {@code -Dheads=logistic:0.1,mlp} compares
 * other heads on the same folds; {@code -Daudit.only=true} runs the audit alone.
 * <pre>
 * mvn -q -pl models exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.taxonomist.models.cli.CollectionReport \
 *     -Dexec.args="MANIFEST [BACKBONE_SPEC,BACKBONE_SPEC…]"
 * </pre>
 */
public final class CollectionReport {

    static final double SWAPPED = 0.10;

    public static void main(String[] args) throws Exception {
        Manifest manifest = Manifest.read(Path.of(args[0]));
        EnsembleSettings settings = EnsembleSettings.defaults();
        if (System.getProperty("heads") != null) {
            settings =
                    settings.withHeads(Arrays.stream(System.getProperty("heads").split(","))
                            .map(HeadRecipe::parse)
                            .toList());
        }
        NoiseAuditBench.Embedded embedded = NoiseAuditBench.embedded(args);
        Map<String, float[][]> x = embedded.x();
        List<ManifestEntry> rows = embedded.rows();
        boolean[][] labels = rows.stream()
                .map(e -> {
                    boolean[] row = new boolean[manifest.terms().size()];
                    e.labels().forEach(term -> row[manifest.terms().indexOf(term)] = true);
                    return row;
                })
                .toArray(boolean[][]::new);

        long started = System.nanoTime();
        if (Boolean.getBoolean("audit.only")) {
            audit(x, rows, settings);
            return;
        }
        CrossValidation.Report report = CrossValidation.run(x, labels, manifest.terms(), settings);
        double evaluationSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "5-fold: macro-F1 %.3f, micro-F1 %.3f over %d terms in %.0f s%n",
                report.chosen().macroF1(),
                report.chosen().microF1(),
                report.terms().size(),
                evaluationSeconds);
        report.needsMoreData().forEach(t -> System.out.println("not judged: " + t));
        String heads = report.headChoices().stream()
                .collect(Collectors.groupingBy(HeadChoice::winner, java.util.TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .map(e -> e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));

        String audit = audit(x, rows, settings);
        System.out.println(
                "| collection | images | terms judged | macro-F1 | audit precision@k / AUROC | heads chosen (backbone × fold) "
                        + "| evaluation time per image |");
        System.out.printf(
                "| %s | %d | %d of %d | %.3f | %s | %s | %.0f ms |%n",
                Path.of(args[0]).getFileName(),
                rows.size(),
                report.terms().size(),
                manifest.terms().size(),
                report.chosen().macroF1(),
                audit,
                heads,
                evaluationSeconds * 1000 / rows.size());
    }

    /** The audit at {@link #SWAPPED} swapped labels: "precision@k / AUROC (k = …, head …, … ms per image)". */
    static String audit(Map<String, float[][]> x, List<ManifestEntry> rows, EnsembleSettings settings) {
        NoiseAuditBench.Data data = NoiseAuditBench.data(x, rows, true);
        NoiseAuditBench.Injected injected = NoiseAuditBench.inject(
                data, NoiseAuditBench.Noise.SWAP, SWAPPED, new SplittableRandom(NoiseAuditBench.SEED));
        EnsembleSettings audit = AuditPlan.settings(settings).withMinAssetsPerTerm(NoiseAuditBench.MIN_ASSETS);
        long started = System.nanoTime();
        AuditPlan plan = AuditPlan.of(injected.labels(), data.terms(), audit);
        List<float[][]> heldOut = IntStream.range(0, plan.bags().size())
                .mapToObj(b -> LabelAudit.heldOut(plan, b, data.x(), injected.labels(), audit))
                .toList();
        List<Suspect> ranked =
                LabelAudit.rank(plan, heldOut, injected.labels(), data.terms(), audit, SuspicionMethod.bestFor(false));
        double seconds = (System.nanoTime() - started) / 1e9;
        int k = injected.changed().size();
        long hits = ranked.subList(0, Math.min(k, ranked.size())).stream()
                .filter(s -> injected.changed().contains(s.asset()))
                .count();
        plan.terms().needsMoreData().forEach(t -> System.out.println("not audited: " + t));
        String result = String.format(
                "%.2f / %.3f (k = %d of %d assets in %d terms, head %s, %.0f ms per image)",
                (double) hits / k,
                NoiseAuditBench.auroc(ranked, injected.changed()),
                k,
                data.size(),
                data.terms().size(),
                audit.heads()
                        .get(LabelAudit.chosenHead(plan, heldOut, injected.labels(), audit))
                        .label(),
                seconds * 1000 / data.size());
        System.out.println("audit: " + result);
        return result;
    }
}
