package org.taxonomist.models.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.taxonomist.models.audit.AuditPlan;
import org.taxonomist.models.audit.LabelAudit;
import org.taxonomist.models.audit.Suspect;
import org.taxonomist.models.audit.SuspicionMethod;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.Backbones;
import org.taxonomist.models.backbone.EmbeddingPipeline;
import org.taxonomist.models.ensemble.CrossValidation;
import org.taxonomist.models.ensemble.Ensemble;
import org.taxonomist.models.ensemble.EnsembleSettings;
import org.taxonomist.models.ensemble.EnsembleTraining;
import org.taxonomist.models.ensemble.HeadChoice;
import org.taxonomist.models.ensemble.LeftOutTerm;
import org.taxonomist.models.ensemble.ModelReport;
import org.taxonomist.models.ensemble.TrainedEnsemble;
import org.taxonomist.models.evaluation.Evaluation;
import org.taxonomist.models.head.recipe.HeadRecipe;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.image.ImageTooLargeException;
import org.taxonomist.models.image.UnreadableImageException;
import org.taxonomist.models.manifest.CsvRow;
import org.taxonomist.models.manifest.Manifest;
import org.taxonomist.models.manifest.ManifestEntry;
import org.taxonomist.models.store.ModelStore;

/**
 * The command-line tools (run through {@code deploy/bin/taxonomist <command>}): embed, train,
 * evaluate, tag, audit and bench over a manifest (CSV {@code file,labels}). A bad image is reported
 * with its manifest line and skipped, and the skipped files are listed again at the end; a bad command
 * line exits with 2.
 */
public final class Cli {

    static final String USAGE = """
            Usage: taxonomist <command> --manifest M [options]
              embed    --manifest M [--backbones S,S]                 compute and cache embeddings
              train    --manifest M --out DIR [--backbones S,S] [--min-assets N] [--bags N] [--pca N]
              evaluate --manifest M [--folds K] [--json OUT] [--backbones S,S] [--min-assets N] [--bags N] [--pca N]
              tag      --model DIR --manifest M                       print suggestions per file
              audit    --manifest M --out CSV [--method worst|mse|confident] [training options; --bags default 10,
                                                                      --backbones default: every bundled one]
                                                                      labelled files, most suspicious first
              bench    --manifest M [--backbones S,S]                 end-to-end and model-only images/s
            Backbone specs: nsfwjs:mobilenet_v2 (default), nsfwjs:inception_v3, nsfwjs:mobilenet_v2_mid,
              torchscript:FILE?…, onnx:FILE?… (see models/README.md).
            Training options also take --heads H,H: the heads to choose from per backbone, logistic:C or mlp[:W-W]
              (default logistic:0.01,logistic:0.1,logistic:1,mlp).""";
    static final List<String> TRAINING_OPTIONS = List.of("manifest", "backbones", "min-assets", "bags", "pca", "heads");

    private final PrintStream out;
    private final ModelStore store = ModelStore.fromEnvironment();
    private final EmbeddingFiles cache = EmbeddingFiles.fromEnvironment();
    private final SkippedFiles skipped;

    Cli(PrintStream out) {
        this.out = out;
        this.skipped = new SkippedFiles(out);
    }

    public static void main(String[] args) {
        try {
            new Cli(System.out).run(Arrays.asList(args));
        } catch (Options.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        } catch (RuntimeException e) {
            System.err.println("taxonomist: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    void run(List<String> args) throws InterruptedException {
        if (args.isEmpty()) {
            throw new Options.UsageException("Which command?");
        }
        List<String> rest = args.subList(1, args.size());
        switch (args.get(0)) {
            case "embed" -> embed(new Options(rest, List.of("manifest", "backbones")));
            case "train" -> train(new Options(rest, with(TRAINING_OPTIONS, "out")));
            case "evaluate" -> evaluate(new Options(rest, with(TRAINING_OPTIONS, "folds", "json")));
            case "tag" -> tag(new Options(rest, List.of("model", "manifest")));
            case "audit" -> audit(new Options(rest, with(TRAINING_OPTIONS, "out", "method")));
            case "bench" -> bench(new Options(rest, List.of("manifest", "backbones")));
            default -> throw new Options.UsageException("Unknown command " + args.get(0));
        }
        skipped.report();
    }

    private void embed(Options options) throws InterruptedException {
        Manifest manifest = manifest(options);
        embeddings(specs(options, Backbones.DEFAULT_SPEC), manifest, manifest.entries());
    }

    private void train(Options options) throws InterruptedException {
        Manifest manifest = manifest(options);
        Labelled data = labelled(options, manifest, Backbones.DEFAULT_SPEC);
        TrainedEnsemble trained =
                EnsembleTraining.train(data.embeddings(), data.labels(), manifest.terms(), settings(options));
        Path folder = options.path("out");
        ModelDirectory.write(folder, specs(options, Backbones.DEFAULT_SPEC), trained, data.labels().length);
        out.printf(
                "combiner %s, terms %s%n",
                trained.ensemble().combiner().name(), trained.ensemble().terms());
        printLeftOut(trained.needsMoreData(), "not trained");
        trained.headChoices()
                .forEach(h -> out.printf(
                        "head for %s: %s (out-of-bag macro average precision %s)%n",
                        h.backbone(), h.winner(), scores(h.macroAveragePrecision())));
        out.printf(
                "out-of-bag micro_f1=%.4f macro_f1=%.4f%n",
                trained.outOfBagEvaluation().microF1(),
                trained.outOfBagEvaluation().macroF1());
        out.println("model written to " + folder.toAbsolutePath());
    }

    private void evaluate(Options options) throws InterruptedException {
        Manifest manifest = manifest(options);
        Labelled data = labelled(options, manifest, Backbones.DEFAULT_SPEC);
        EnsembleSettings settings = settings(options).withFolds(options.number("folds", 5));
        CrossValidation.Report report =
                CrossValidation.run(data.embeddings(), data.labels(), manifest.terms(), settings);
        printLeftOut(report.needsMoreData(), "not evaluated");
        report.headChoices().stream()
                .collect(Collectors.groupingBy(
                        HeadChoice::backbone,
                        LinkedHashMap::new,
                        Collectors.groupingBy(HeadChoice::winner, LinkedHashMap::new, Collectors.counting())))
                .forEach((backbone, wins) -> out.printf(
                        "head for %s, chosen in each fold: %s%n",
                        backbone,
                        wins.entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue() + "x")
                                .collect(Collectors.joining(", "))));
        report.byMethod()
                .forEach((method, evaluation) -> out.printf(
                        "%-45s macro_f1=%.4f micro_f1=%.4f%n", method, evaluation.macroF1(), evaluation.microF1()));
        Evaluation chosen = report.chosen();
        if (options.text("json", null) != null) {
            write(
                    options.path("json"),
                    "{\"left_out\":" + ModelReport.leftOut(report.needsMoreData()) + ","
                            + chosen.toJson().substring(1));
        }
        out.printf("micro_f1=%.4f macro_f1=%.4f%n", chosen.microF1(), chosen.macroF1());
    }

    /** Every term left out, by name and count, so that a score is never read as one over all the terms. */
    private void printLeftOut(List<LeftOutTerm> leftOut, String what) {
        if (!leftOut.isEmpty()) {
            out.printf(
                    "%d term%s %s for lack of labelled assets: %s%n",
                    leftOut.size(),
                    leftOut.size() == 1 ? "" : "s",
                    what,
                    leftOut.stream().map(LeftOutTerm::toString).collect(Collectors.joining("; ")));
        }
    }

    private static String scores(Map<String, Double> scores) {
        return scores.entrySet().stream()
                .map(e -> String.format("%s %.3f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private void tag(Options options) throws InterruptedException {
        Path folder = options.path("model");
        Ensemble ensemble = ModelDirectory.ensemble(folder);
        Manifest manifest = manifest(options);
        Map<String, float[][]> embeddings =
                embeddings(ModelDirectory.backboneSpecs(folder), manifest, manifest.entries());
        for (int i = 0; i < manifest.entries().size(); i++) {
            Map<String, float[]> row = new LinkedHashMap<>();
            final int index = i;
            embeddings.forEach((key, x) -> row.put(key, x[index]));
            if (row.values().stream().anyMatch(v -> v == null)) {
                continue;
            }
            float[] p = ensemble.predict(row);
            List<String> suggested = ensemble.above(p).stream()
                    .map(term -> term + ":"
                            + String.format("%.3f", p[ensemble.terms().indexOf(term)]))
                    .toList();
            out.println(manifest.entries().get(i).file() + "\t" + String.join("|", suggested));
        }
    }

    /**
     * Writes every labelled file as CSV {@code file,score,labels,suggested}, most suspicious first;
     * on every bundled backbone unless {@code --backbones} names others, as the server's audit.
     */
    private void audit(Options options) throws InterruptedException {
        Manifest manifest = manifest(options);
        Labelled data = labelled(options, manifest, Backbones.BUNDLED_SPECS);
        boolean multiValued = Arrays.stream(data.labels())
                .anyMatch(row ->
                        IntStream.range(0, row.length).filter(t -> row[t]).count() > 1);
        String named = options.text("method", null);
        SuspicionMethod method = named == null ? SuspicionMethod.bestFor(multiValued) : SuspicionMethod.named(named);
        EnsembleSettings audit = AuditPlan.settings(settings(options)).withBags(options.number("bags", AuditPlan.BAGS));
        printLeftOut(
                AuditPlan.of(data.labels(), manifest.terms(), audit).terms().needsMoreData(), "not audited");
        List<Suspect> suspects = LabelAudit.audit(data.embeddings(), data.labels(), manifest.terms(), audit, method);
        StringBuilder csv = new StringBuilder("file,score,labels,suggested");
        for (Suspect suspect : suspects) {
            csv.append(System.lineSeparator())
                    .append(CsvRow.quote(
                            data.entries().get(suspect.asset()).file().toString()))
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.6f", suspect.score()))
                    .append(',')
                    .append(CsvRow.quote(String.join("|", suspect.current())))
                    .append(',')
                    .append(CsvRow.quote(String.join("|", suspect.proposed())));
        }
        Path file = options.path("out");
        write(file, csv.toString());
        out.printf(
                "%d labelled files audited by %s, %d with a proposed correction; written to %s%n",
                suspects.size(),
                method.label(),
                suspects.stream().filter(Suspect::changesSomething).count(),
                file.toAbsolutePath());
    }

    private void bench(Options options) throws InterruptedException {
        Manifest manifest = manifest(options);
        List<Path> files = new ArrayList<>();
        List<BufferedImage> decoded = new ArrayList<>();
        for (ManifestEntry entry : manifest.entries()) {
            try {
                decoded.add(ImageDecoder.toRgb(ImageDecoder.decode(read(entry.file()), ImageDecoder.DEFAULT_MAX_PIXELS)
                        .image()));
                files.add(entry.file());
            } catch (UnreadableImageException | ImageTooLargeException | UncheckedIOException e) {
                skipped.skip(manifest.source().getFileName().toString(), entry, e.getMessage());
            }
        }
        for (String spec : specs(options, Backbones.DEFAULT_SPEC)) {
            try (Backbone backbone = Backbones.open(spec, store)) {
                EmbeddingPipeline pipeline = new EmbeddingPipeline(backbone);
                pipeline.embedFiles(files.subList(0, Math.min(files.size(), 16)));
                long start = System.nanoTime();
                pipeline.embedFiles(files);
                double endToEnd = files.size() / ((System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                backbone.embedAll(decoded);
                double modelOnly = decoded.size() / ((System.nanoTime() - start) / 1e9);
                out.printf(
                        "%s: end-to-end %.1f images/s, model-only %.1f images/s (%.0f%%), %d images, %d cores%n",
                        spec,
                        endToEnd,
                        modelOnly,
                        100 * endToEnd / modelOnly,
                        files.size(),
                        Runtime.getRuntime().availableProcessors());
            }
        }
    }

    /** Labelled entries embedded by every backbone; entries that some backbone could not embed are left out. */
    private Labelled labelled(Options options, Manifest manifest, String defaultSpecs) throws InterruptedException {
        List<ManifestEntry> entries = manifest.labelled();
        Map<String, float[][]> all = embeddings(specs(options, defaultSpecs), manifest, entries);
        int[] usable = java.util.stream.IntStream.range(0, entries.size())
                .filter(i -> all.values().stream().allMatch(x -> x[i] != null))
                .toArray();
        Map<String, float[][]> embeddings = new LinkedHashMap<>();
        all.forEach((key, x) ->
                embeddings.put(key, Arrays.stream(usable).mapToObj(i -> x[i]).toArray(float[][]::new)));
        List<String> terms = manifest.terms();
        boolean[][] labels = new boolean[usable.length][terms.size()];
        for (int i = 0; i < usable.length; i++) {
            for (String term : entries.get(usable[i]).labels()) {
                labels[i][terms.indexOf(term)] = true;
            }
        }
        out.printf("%d labelled images, %d terms%n", usable.length, terms.size());
        return new Labelled(Arrays.stream(usable).mapToObj(entries::get).toList(), embeddings, labels);
    }

    /** The labelled entries every backbone could embed, their embeddings and their labels, row by row. */
    private record Labelled(List<ManifestEntry> entries, Map<String, float[][]> embeddings, boolean[][] labels) {}

    private Map<String, float[][]> embeddings(List<String> specs, Manifest manifest, List<ManifestEntry> entries)
            throws InterruptedException {
        Map<String, float[][]> embeddings = new LinkedHashMap<>();
        Embedder embedder = new Embedder(cache, out, skipped);
        for (String spec : specs) {
            try (Backbone backbone = Backbones.open(spec, store)) {
                embeddings.put(
                        backbone.id() + "@" + backbone.version(),
                        embedder.embed(
                                backbone,
                                entries,
                                manifest.source().getFileName().toString()));
            }
        }
        return embeddings;
    }

    private Manifest manifest(Options options) {
        Manifest manifest = Manifest.read(options.path("manifest"));
        manifest.problems().forEach(problem -> skipped.skip(problem.toString()));
        return manifest;
    }

    private static List<String> specs(Options options, String defaults) {
        return Arrays.stream(options.text("backbones", defaults).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static EnsembleSettings settings(Options options) {
        EnsembleSettings defaults = EnsembleSettings.defaults();
        return defaults.withMinAssetsPerTerm(options.number("min-assets", defaults.minAssetsPerTerm()))
                .withBags(options.number("bags", defaults.bags()))
                .withPcaComponents(options.number("pca", defaults.pcaComponents()))
                .withHeads(
                        options.text("heads", null) == null
                                ? defaults.heads()
                                : Arrays.stream(options.text("heads", null).split(","))
                                        .map(HeadRecipe::parse)
                                        .toList());
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
