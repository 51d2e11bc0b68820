package org.taxonomist.models.audit;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.taxonomist.models.djl.HeadTrainingBench;
import org.taxonomist.models.ensemble.EnsembleSettings;

/**
 * Audit at scale (not a test): the whole audit of a field — the audit's bagged heads trained
 * ({@link AuditPlan#BAGS} of {@link AuditPlan#BAG_FRACTION}), out-of-bag predictions, thresholds,
 * scores and proposals — on synthetic cached embeddings (the data of
 * {@link HeadTrainingBench}: 100,000 × 1280, 100 terms by default). Prints the wall time.
 * <pre>
 * mvn -q -pl models exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.taxonomist.models.audit.AuditScaleBench \
 *     [-Dexec.args="assets dim terms"]
 * </pre>
 */
public final class AuditScaleBench {

    private AuditScaleBench() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 1280;
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        float[][] x = new float[n][];
        boolean[][] y = new boolean[n][];
        HeadTrainingBench.generate(x, y, d, k);
        List<String> terms = IntStream.range(0, k).mapToObj(t -> "term-" + t).toList();
        long start = System.nanoTime();
        EnsembleSettings settings = AuditPlan.settings(EnsembleSettings.defaults());
        List<Suspect> suspects = LabelAudit.audit(Map.of("synthetic", x), y, terms, settings, SuspicionMethod.WORST);
        System.out.printf(
                "audited %d assets (%d-d, %d terms, %d bags of %.0f%%) in %.1f s on %d cores; %d with a proposed correction%n",
                suspects.size(),
                d,
                k,
                settings.bags(),
                settings.fraction() * 100,
                (System.nanoTime() - start) / 1e9,
                Runtime.getRuntime().availableProcessors(),
                suspects.stream().filter(Suspect::changesSomething).count());
    }
}
