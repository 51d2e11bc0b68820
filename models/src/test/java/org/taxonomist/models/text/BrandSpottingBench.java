package org.taxonomist.models.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.taxonomist.models.djl.PaddleTextReader;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.store.ModelPackage;
import org.taxonomist.models.store.ModelStore;
import org.taxonomist.models.testdata.DebianPackages;
import org.taxonomist.models.testdata.ImagingTools;
import org.taxonomist.models.testdata.TestImages;

/**
 * How well brand names are spotted in the text read in photos ("OCR + brand spotting"), and how long reading takes: the
 * brand precision and recall of {@link PaddleTextReader} followed by {@link BrandSpotter}, and its time per image on
 * this machine's cores. The targets: precision at least 0.9, recall at least 0.8, under a second an image on 2 cores.
 * Nothing of the product is tuned here: the reader and the spotter run with their own constants.
 *
 * <p>The pictures are made, seeded, from real photos (Debian's Plasma, MATE and Lomiri wallpapers and scikit-image's
 * photos, brought down to {@value #SIDE} px on their longest side as a DAM's preview): {@value #BRANDS_SHARE_PERCENT} %
 * carry one of {@link #BRANDS}' 40 invented names (or a synonym), rendered by ImageMagick in one of six Debian fonts
 * (serif, bold sans, condensed, italic, mono, geometric), 3-12 % of the picture's height, at a random place, on a
 * half-transparent box or straight on the photo in a contrasting or a random colour, then some of: perspective, tilt up
 * to 20°, Gaussian blur, the whole picture turned 90°, 180° or 270°, JPEG quality 60-90. About 30 % of them carry a
 * misspelling: one edit (substitution, deletion, insertion, transposition) of a name of six letters or more, within the
 * spotter's tolerance; shorter names are always exact. The expected answer is the brand's term. The rest are negatives:
 * half the photos bare, half with ordinary text rendered the same way ("Open daily", "Sale 50%", street names,
 * numbers). Precision is correct sightings over all sightings; recall the pictures with a brand whose term was sighted,
 * broken down by misspelling, orientation, font, size, colour and effect. The time is the reader's alone (decoded
 * picture in, lines out), after a warm-up of {@value #WARM_UP}.
 *
 * <p>Where {@code /usr/bin/tesseract} is installed ({@code apt-get install tesseract-ocr tesseract-ocr-eng}), the same
 * pictures go through Tesseract ({@code --psm 11}, sparse text: the mode meant for scene text, which read more than the
 * default page layout in a trial), its words grouped into its lines, and the same spotter: the issue chooses between
 * the two by measurement on scene text. Its time is that of the {@code tesseract} process, its model's loading
 * included.
 *
 * <p>{@code mvn -pl models test -Dtest=BrandSpottingBench -Dtaxonomist.benchmarks=true -Dfuzz.skip} (add
 * {@code -Dbench.images=20} to try it on a few pictures, {@code -Dbench.keep=true} to keep them).
 */
class BrandSpottingBench {

    /** The longest side the photos are brought to: a DAM's preview. */
    private static final int SIDE = 1280;

    private static final int WARM_UP = 3;
    private static final int BRANDS_SHARE_PERCENT = 60;
    private static final int BARE_SHARE_PERCENT = 20;

    /** Invented brand-like names (no real trademarks meant), with their synonyms. */
    static final Map<String, List<String>> BRANDS = brands();

    /** Ordinary text on signs and posters: no brand. */
    private static final List<String> OTHER_TEXT = List.of(
            "Open daily",
            "Fresh bread",
            "Exit",
            "Sale 50%",
            "Welcome",
            "Main Street",
            "Station Road",
            "Platform 3",
            "No parking",
            "Closed on Sundays",
            "Push",
            "Toilets",
            "Car park",
            "Entrance",
            "Free wifi",
            "Hot coffee",
            "Fish and chips",
            "Post office",
            "Bus stop",
            "Mind the step",
            "Keep left",
            "Garden centre",
            "Town hall",
            "Market Square",
            "1984",
            "42",
            "Room 214",
            "Opening hours 9-17",
            "Happy birthday",
            "Tickets",
            "Pharmacy",
            "Bakery",
            "Library",
            "Museum",
            "Harbour View",
            "Fresh flowers",
            "Today's special",
            "Gate B12",
            "Summer 2023",
            "Park Lane 7");

    /** A font to render with: its style, Debian package and file. */
    record Face(String style, String pkg, String file) {}

    private static final List<Face> FACES = List.of(
            new Face(
                    "serif (Liberation Serif)",
                    "fonts-liberation2",
                    "usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
            new Face(
                    "bold sans (Liberation Sans Bold)",
                    "fonts-liberation2",
                    "usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
            new Face(
                    "condensed (Nimbus Sans Narrow Bold)",
                    "fonts-urw-base35",
                    "usr/share/fonts/opentype/urw-base35/NimbusSansNarrow-Bold.otf"),
            new Face(
                    "italic (FreeSerif Italic)",
                    "fonts-freefont-ttf",
                    "usr/share/fonts/truetype/freefont/FreeSerifItalic.ttf"),
            new Face(
                    "mono (DejaVu Sans Mono)",
                    "fonts-dejavu-core",
                    "usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"),
            new Face(
                    "geometric (URW Gothic Demi)",
                    "fonts-urw-base35",
                    "usr/share/fonts/opentype/urw-base35/URWGothic-Demi.otf"));

    private static final String[] FONT_PACKAGES =
            FACES.stream().map(Face::pkg).distinct().sorted().toArray(String[]::new);

    private static final List<String> LIGHT = List.of("white", "#fff8dc", "#ffe14d", "#e0f0ff");
    private static final List<String> DARK = List.of("black", "#1a237e", "#7f0000", "#1b3d1b");
    private static final List<String> MID = List.of("#808080", "#c06030", "#3080c0", "#60a060");

    /** A Plasma wallpaper's file: its name, and the folder of its sizes ({@code images}, {@code images_dark}, …). */
    private static final Pattern PLASMA = Pattern.compile(".*/wallpapers/([^/]+)/contents/([^/]+)/[^/]+");

    /** A photo to render on: its file (already brought down), size, and a small copy to judge colours on. */
    record Photo(String name, Path file, int width, int height, BufferedImage small) {}

    /**
     * One picture made: what kind ("brand", "other text", "no text"), the term expected (null for none), the text
     * rendered (null for none), how the name was edited ("exact", "substitution", …), and how it was rendered.
     */
    record Sample(
            String id,
            Path file,
            String kind,
            String term,
            String text,
            String edit,
            String font,
            String orientation,
            double heightShare,
            String colour,
            boolean perspective,
            boolean blur,
            boolean jpeg,
            int width,
            int height) {

        boolean positive() {
            return term != null;
        }
    }

    /** What a reader read in a picture and how long it took. */
    record Read(List<TextLine> lines, long nanos) {}

    /** Reads a decoded picture, timing the reading alone. */
    interface TextReader {
        Read read(BufferedImage image) throws IOException;
    }

    /** A reader's outcome on one picture. */
    record Outcome(Sample sample, List<TextLine> lines, List<BrandSighting> sightings, long nanos) {

        boolean found() {
            return sightings.stream().anyMatch(s -> s.term().equals(sample.term()));
        }

        boolean readVerbatim() {
            String text = sample.text().toLowerCase(Locale.ROOT);
            return lines.stream()
                    .anyMatch(l -> l.text().toLowerCase(Locale.ROOT).contains(text));
        }

        /** Read as rendered but for the spaces, which a reader often drops ("Room214") or adds. */
        boolean readButForSpaces() {
            String text = sample.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
            return lines.stream()
                    .anyMatch(l -> l.text()
                            .toLowerCase(Locale.ROOT)
                            .replaceAll("\\s+", "")
                            .contains(text));
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "taxonomist.benchmarks", matches = "true")
    void brandsRenderedOnPhotosAreSpottedInTheTextRead() throws IOException {
        int images = Integer.getInteger("bench.images", 250);
        ModelStore store = ModelStore.fromEnvironment();
        assumeTrue(
                store.isPresent(ModelPackage.PADDLE_OCR),
                "OCR models not fetched (built with -Dtaxonomist.skipFetch?)");
        ImagingTools tools = ImagingTools.ready();
        Path fonts = DebianPackages.unpacked(FONT_PACKAGES);
        Path work = Files.createTempDirectory("brand-spotting-");
        long started = System.nanoTime();
        try {
            Random random = new Random(41);
            List<Photo> photos = photos(work.resolve("photos"));
            List<Sample> samples = samples(tools, fonts, photos, work, images, random);
            System.out.printf(
                    "Generated %d pictures from %d photos in %.0f s (in %s)%n",
                    samples.size(), photos.size(), (System.nanoTime() - started) / 1e9, work);
            assertEquals(images, samples.size(), "pictures generated");
            assertTrue(samples.stream().allMatch(s -> Files.isRegularFile(s.file())), "every picture written");
            assertTrue(samples.stream().anyMatch(Sample::positive), "some pictures carry a brand");

            System.out.printf(
                    "Brand spotting on %d cores; Java %s; %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    PaddleTextReader.ID);
            System.out.printf("Fonts: %s%n", fontVersions(fonts));
            describe(samples);

            BrandSpotter spotter = new BrandSpotter(BRANDS);
            List<Outcome> paddle;
            try (PaddleTextReader reader = PaddleTextReader.open(store.ocrPackage())) {
                System.out.printf(
                        "ONNX Runtime (DJL engine) %s%n",
                        Engine.getEngine("OnnxRuntime").getVersion());
                paddle = run(
                        samples,
                        image -> {
                            long t0 = System.nanoTime();
                            List<TextLine> lines = reader.read(image);
                            return new Read(lines, System.nanoTime() - t0);
                        },
                        spotter);
            }
            assertEquals(samples.size(), paddle.size(), "every picture read");
            report("PaddleOCR (" + PaddleTextReader.ID + ")", paddle);

            Path tesseract = Path.of("/usr/bin/tesseract");
            if (Files.isExecutable(tesseract)) {
                System.out.printf("%s; eng data: %s%n", tesseractVersion(), debianVersion("tesseract-ocr-eng"));
                Path scratch = Files.createDirectories(work.resolve("tesseract"));
                List<Outcome> tess = run(samples, image -> tesseract(image, scratch), spotter);
                report("Tesseract (--psm 11)", tess);
            } else {
                System.out.println("Tesseract not compared: /usr/bin/tesseract is not installed"
                        + " (apt-get install tesseract-ocr tesseract-ocr-eng)");
            }
            System.out.printf("Whole run: %.0f s%n", (System.nanoTime() - started) / 1e9);
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                DebianPackages.deleteRecursively(work);
            }
        }
    }

    // ---------------------------------------------------------------- reading

    private static List<Outcome> run(List<Sample> samples, TextReader reader, BrandSpotter spotter) throws IOException {
        for (Sample sample : samples.subList(0, Math.min(WARM_UP, samples.size()))) {
            reader.read(decode(sample.file()));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Sample sample : samples) {
            Read read = reader.read(decode(sample.file()));
            outcomes.add(new Outcome(sample, read.lines(), spotter.spot(read.lines()), read.nanos()));
        }
        return outcomes;
    }

    /** The file decoded as the DAM decodes it. */
    private static BufferedImage decode(Path file) throws IOException {
        return ImageDecoder.toRgb(ImageDecoder.decode(Files.readAllBytes(file), ImageDecoder.DEFAULT_MAX_PIXELS)
                .image());
    }

    /**
     * Tesseract's words, grouped into its lines (block, paragraph, line), each scored by its words' mean confidence.
     * Timed: the {@code tesseract} process alone (the PNG it reads is written first).
     */
    private static Read tesseract(BufferedImage image, Path scratch) throws IOException {
        Path png = scratch.resolve("picture.png");
        ImageIO.write(image, "png", png.toFile());
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder("/usr/bin/tesseract", png.toString(), "stdout", "--psm", "11", "tsv")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String tsv;
        try (InputStream out = process.getInputStream()) {
            tsv = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("tesseract failed on " + png);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        long nanos = System.nanoTime() - t0;
        Map<String, List<String[]>> byLine = new LinkedHashMap<>();
        for (String row : tsv.lines().skip(1).toList()) {
            String[] cells = row.split("\t", -1);
            if (cells.length < 12 || !cells[0].equals("5") || cells[11].isBlank()) {
                continue;
            }
            byLine.computeIfAbsent(cells[2] + "/" + cells[3] + "/" + cells[4], k -> new ArrayList<>())
                    .add(cells);
        }
        List<TextLine> lines = new ArrayList<>();
        float w = image.getWidth();
        float h = image.getHeight();
        for (List<String[]> words : byLine.values()) {
            int left = Integer.MAX_VALUE;
            int top = Integer.MAX_VALUE;
            int right = 0;
            int bottom = 0;
            double confidence = 0;
            for (String[] word : words) {
                int x = Integer.parseInt(word[6]);
                int y = Integer.parseInt(word[7]);
                left = Math.min(left, x);
                top = Math.min(top, y);
                right = Math.max(right, x + Integer.parseInt(word[8]));
                bottom = Math.max(bottom, y + Integer.parseInt(word[9]));
                confidence += Math.max(0, Double.parseDouble(word[10])) / 100;
            }
            String text = words.stream().map(word -> word[11].strip()).collect(Collectors.joining(" "));
            lines.add(new TextLine(
                    text,
                    (float) (confidence / words.size()),
                    left / w,
                    top / h,
                    (right - left) / w,
                    (bottom - top) / h));
        }
        return new Read(lines, nanos);
    }

    // ---------------------------------------------------------------- reporting

    private static void describe(List<Sample> samples) {
        Map<String, Long> kinds = samples.stream()
                .collect(Collectors.groupingBy(Sample::kind, LinkedHashMap::new, Collectors.counting()));
        Map<String, Long> sizes = samples.stream()
                .collect(Collectors.groupingBy(s -> s.width() + "x" + s.height(), TreeMap::new, Collectors.counting()));
        double megapixels = samples.stream()
                .mapToDouble(s -> s.width() * (double) s.height() / 1e6)
                .average()
                .orElse(0);
        System.out.printf(
                "Pictures: %s; %d sizes, %.2f MP on average; most common: %s%n",
                kinds,
                sizes.size(),
                megapixels,
                sizes.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .limit(6)
                        .map(e -> e.getKey() + " x" + e.getValue())
                        .collect(Collectors.joining(", ")));
        long misspelt = samples.stream()
                .filter(s -> s.positive() && !s.edit().equals("exact"))
                .count();
        long positives = samples.stream().filter(Sample::positive).count();
        System.out.printf("Misspelt names: %d of %d%n", misspelt, positives);
    }

    private static void report(String reader, List<Outcome> outcomes) {
        List<Outcome> positives =
                outcomes.stream().filter(o -> o.sample().positive()).toList();
        System.out.printf("%n=== %s ===%n", reader);
        System.out.println("Per picture: id, kind, expected term, text rendered | sightings (term, seen, distance,"
                + " confidence) | lines read");
        for (Outcome o : outcomes) {
            Sample s = o.sample();
            System.out.printf(
                    "  %s %-10s %-16s %-22s %s | %s | %s%n",
                    s.id(),
                    s.kind(),
                    s.term() == null ? "-" : s.term(),
                    s.text() == null ? "-" : '"' + s.text() + '"',
                    s.text() == null
                            ? ""
                            : String.format(
                                    Locale.ROOT,
                                    "[%s, %s, %s, %.1f%%, %s%s%s%s]",
                                    s.edit(),
                                    s.font().replaceAll(" \\(.*", ""),
                                    s.orientation(),
                                    100 * s.heightShare(),
                                    s.colour(),
                                    s.perspective() ? ", perspective" : "",
                                    s.blur() ? ", blur" : "",
                                    s.jpeg() ? ", jpeg" : ""),
                    o.sightings().stream().map(BrandSpottingBench::sighting).collect(Collectors.joining("; ")),
                    abbreviated(o.lines().stream().map(TextLine::text).collect(Collectors.joining(" / ")), 100));
        }

        long sightings = outcomes.stream().mapToLong(o -> o.sightings().size()).sum();
        long correct = outcomes.stream()
                .mapToLong(o -> o.sightings().stream()
                        .filter(s -> s.term().equals(o.sample().term()))
                        .count())
                .sum();
        long found = positives.stream().filter(Outcome::found).count();
        System.out.printf("%s summary%n", reader);
        System.out.printf(
                "  brand precision %.3f (%d correct of %d sightings; target >= 0.9)%n",
                sightings == 0 ? 1.0 : correct / (double) sightings, correct, sightings);
        System.out.printf(
                "  brand recall    %.3f (%d of %d pictures with a brand; target >= 0.8)%n",
                positives.isEmpty() ? 0 : found / (double) positives.size(), found, positives.size());
        breakdown("misspelling", positives, s -> s.edit().equals("exact") ? "exact" : "misspelt");
        breakdown("edit", positives, Sample::edit);
        breakdown("orientation", positives, Sample::orientation);
        breakdown("font", positives, Sample::font);
        breakdown(
                "text height (share of the picture's)",
                positives,
                s -> s.heightShare() < 0.05 ? "< 5 %" : s.heightShare() < 0.08 ? "5-8 %" : ">= 8 %");
        breakdown("colour", positives, Sample::colour);
        breakdown("perspective", positives, s -> s.perspective() ? "yes" : "no");
        breakdown("blur", positives, s -> s.blur() ? "yes" : "no");
        breakdown("JPEG", positives, s -> s.jpeg() ? "yes" : "no");
        breakdown(
                "picture's longer side",
                positives,
                s -> Math.max(s.width(), s.height()) < 800 ? "< 800 px" : ">= 800 px");

        List<Outcome> otherText = outcomes.stream()
                .filter(o -> o.sample().kind().equals("other text"))
                .toList();
        System.out.printf(
                "  OCR alone, text read verbatim (case aside) in a line: brands %d of %d, other text %d of %d;"
                        + " but for spaces: brands %d, other text %d%n",
                positives.stream().filter(Outcome::readVerbatim).count(),
                positives.size(),
                otherText.stream().filter(Outcome::readVerbatim).count(),
                otherText.size(),
                positives.stream().filter(Outcome::readButForSpaces).count(),
                otherText.stream().filter(Outcome::readButForSpaces).count());

        long[] nanos = outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();
        System.out.printf(
                "  time per picture (after %d warm-up): mean %.0f ms, median %.0f ms, p95 %.0f ms, max %.0f ms;"
                        + " %d cores%n",
                WARM_UP,
                java.util.Arrays.stream(nanos).average().orElse(0) / 1e6,
                percentile(nanos, 0.5) / 1e6,
                percentile(nanos, 0.95) / 1e6,
                nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6,
                Runtime.getRuntime().availableProcessors());

        List<String> falsePositives = new ArrayList<>();
        for (Outcome o : outcomes) {
            for (BrandSighting s : o.sightings()) {
                if (!s.term().equals(o.sample().term())) {
                    falsePositives.add(String.format(
                            Locale.ROOT,
                            "%s (%s, expected %s, text %s): %s in line \"%s\"",
                            o.sample().id(),
                            o.sample().kind(),
                            o.sample().term() == null ? "none" : o.sample().term(),
                            o.sample().text() == null
                                    ? "none"
                                    : '"' + o.sample().text() + '"',
                            sighting(s),
                            s.line().text()));
                }
            }
        }
        System.out.printf(
                "  false positives: %d%s%n", falsePositives.size(), falsePositives.size() > 20 ? " (first 20)" : "");
        falsePositives.stream().limit(20).forEach(fp -> System.out.println("    " + fp));
        List<Outcome> missed = positives.stream().filter(o -> !o.found()).toList();
        System.out.printf("  missed: %d%s%n", missed.size(), missed.size() > 40 ? " (first 40)" : "");
        missed.stream()
                .limit(40)
                .forEach(o -> System.out.printf(
                        Locale.ROOT,
                        "    %s %s \"%s\" [%s, %s, %s, %.1f%%, %s%s%s], %dx%d: read \"%s\"%n",
                        o.sample().id(),
                        o.sample().term(),
                        o.sample().text(),
                        o.sample().edit(),
                        o.sample().font().replaceAll(" \\(.*", ""),
                        o.sample().orientation(),
                        100 * o.sample().heightShare(),
                        o.sample().colour(),
                        o.sample().perspective() ? ", perspective" : "",
                        o.sample().blur() ? ", blur" : "",
                        o.sample().width(),
                        o.sample().height(),
                        abbreviated(o.lines().stream().map(TextLine::text).collect(Collectors.joining(" / ")), 80)));
    }

    private static String sighting(BrandSighting s) {
        return String.format(Locale.ROOT, "%s \"%s\" d%d %.2f", s.term(), s.seen(), s.distance(), s.confidence());
    }

    private static void breakdown(String title, List<Outcome> positives, Function<Sample, String> key) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Outcome o : positives) {
            int[] c = counts.computeIfAbsent(key.apply(o.sample()), k -> new int[3]);
            c[0]++;
            c[1] += o.found() ? 1 : 0;
            c[2] += o.readVerbatim() ? 1 : 0;
        }
        System.out.printf(
                "    recall by %s: %s%n",
                title,
                counts.entrySet().stream()
                        .map(e -> String.format(
                                Locale.ROOT,
                                "%s %d/%d = %.2f (read %d)",
                                e.getKey(),
                                e.getValue()[1],
                                e.getValue()[0],
                                e.getValue()[1] / (double) e.getValue()[0],
                                e.getValue()[2]))
                        .collect(Collectors.joining("; ")));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String abbreviated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    // ---------------------------------------------------------------- the pictures

    private static List<Sample> samples(
            ImagingTools tools, Path fonts, List<Photo> photos, Path work, int images, Random random)
            throws IOException {
        int positives = Math.round(images * BRANDS_SHARE_PERCENT / 100f);
        int bare = Math.round(images * BARE_SHARE_PERCENT / 100f);
        int other = images - positives - bare;
        List<String> terms = new ArrayList<>(BRANDS.keySet());
        Collections.shuffle(terms, random);
        List<String> kinds = new ArrayList<>();
        kinds.addAll(Collections.nCopies(positives, "brand"));
        kinds.addAll(Collections.nCopies(other, "other text"));
        kinds.addAll(Collections.nCopies(bare, "no text"));
        Collections.shuffle(kinds, random);
        List<Sample> samples = new ArrayList<>();
        int brand = 0;
        for (int i = 0; i < kinds.size(); i++) {
            String id = String.format(Locale.ROOT, "img-%03d", i);
            Photo photo = photos.get(random.nextInt(photos.size()));
            switch (kinds.get(i)) {
                case "brand" -> {
                    String term = terms.get(brand++ % terms.size());
                    List<String> synonyms = BRANDS.get(term);
                    String name = !synonyms.isEmpty() && random.nextDouble() < 0.4
                            ? synonyms.get(random.nextInt(synonyms.size()))
                            : term;
                    String edit = "exact";
                    // Eligible names are about four in five: a 37 % chance makes about 30 % of all misspelt.
                    if (normalised(name).length() >= 6 && random.nextDouble() < 0.37) {
                        String[] misspelt = misspelt(name, random);
                        name = misspelt[0];
                        edit = misspelt[1];
                    }
                    if (random.nextDouble() < 0.25) {
                        name = name.toUpperCase(Locale.ROOT);
                    }
                    samples.add(rendered(tools, fonts, photo, work, id, "brand", term, name, edit, random));
                }
                case "other text" ->
                    samples.add(rendered(
                            tools,
                            fonts,
                            photo,
                            work,
                            id,
                            "other text",
                            null,
                            OTHER_TEXT.get(random.nextInt(OTHER_TEXT.size())),
                            "exact",
                            random));
                default -> samples.add(bare(tools, photo, work, id, random));
            }
        }
        return samples;
    }

    /** The photo as it is, maybe blurred, maybe as a JPEG. */
    private static Sample bare(ImagingTools tools, Photo photo, Path work, String id, Random random)
            throws IOException {
        List<String> args = new ArrayList<>(List.of(photo.file().toString()));
        boolean blur = random.nextDouble() < 0.4;
        if (blur) {
            args.addAll(List.of("-blur", String.format(Locale.ROOT, "0x%.1f", 1 + random.nextDouble())));
        }
        boolean jpeg = random.nextDouble() < 0.7;
        if (jpeg) {
            args.addAll(List.of("-quality", String.valueOf(60 + random.nextInt(31))));
        }
        Path out = work.resolve(id + "-" + photo.name() + (jpeg ? ".jpg" : ".png"));
        args.add(out.toString());
        tools.run("convert", args.toArray(String[]::new));
        return new Sample(
                id,
                out,
                "no text",
                null,
                null,
                "exact",
                "-",
                "-",
                0,
                "-",
                false,
                blur,
                jpeg,
                photo.width(),
                photo.height());
    }

    /** The text rendered onto the photo by ImageMagick, with random placement, colour, font and distortions. */
    private static Sample rendered(
            ImagingTools tools,
            Path fonts,
            Photo photo,
            Path work,
            String id,
            String kind,
            String term,
            String text,
            String edit,
            Random random)
            throws IOException {
        Face face = FACES.get(random.nextInt(FACES.size()));
        int w = photo.width();
        int h = photo.height();
        // Text 3-12 % of the picture's height, unless that would not fit across 85 % of its width.
        double pointsize = (0.03 + 0.09 * random.nextDouble()) * h;
        pointsize = Math.max(8, Math.min(pointsize, 0.85 * w / (0.62 * text.length())));
        double cx = 0.15 + 0.7 * random.nextDouble();
        double cy = 0.12 + 0.76 * random.nextDouble();
        double estimatedWidth = 0.62 * pointsize * text.length();
        double luminance =
                luminance(photo, cx * w - estimatedWidth / 2, cy * h - pointsize, estimatedWidth, 2 * pointsize);

        String fill;
        String box = null;
        String colour;
        double style = random.nextDouble();
        if (style < 0.35) {
            double alpha = 0.5 + 0.35 * random.nextDouble();
            boolean light = random.nextBoolean();
            box = String.format(Locale.ROOT, light ? "rgba(255,255,255,%.2f)" : "rgba(0,0,0,%.2f)", alpha);
            fill = pick(light ? DARK : LIGHT, random);
            colour = "on a box";
        } else if (style < 0.8) {
            fill = pick(luminance < 0.5 ? LIGHT : DARK, random);
            colour = "contrasting";
        } else {
            List<String> any = new ArrayList<>(LIGHT);
            any.addAll(DARK);
            any.addAll(MID);
            fill = pick(any, random);
            colour = "any colour";
        }

        List<String> args = new ArrayList<>(List.of(
                "-background",
                "none",
                "-fill",
                fill,
                "-font",
                fonts.resolve(face.file()).toString(),
                "-pointsize",
                String.valueOf(Math.round(pointsize)),
                "label:" + text.replace("%", "%%"),
                "-bordercolor",
                "none",
                "-border",
                Math.round(0.3 * pointsize) + "x" + Math.round(0.15 * pointsize)));
        if (box != null) {
            args.addAll(List.of("-background", box, "-flatten"));
        }
        boolean perspective = random.nextDouble() < 0.5;
        if (perspective) {
            // Each corner moved by up to 8 % of the width across and 20 % of the height up or down.
            StringBuilder corners = new StringBuilder();
            String[][] from = {{"0", "0"}, {"w", "0"}, {"w", "h"}, {"0", "h"}};
            for (String[] corner : from) {
                corners.append(String.format(
                        Locale.ROOT,
                        "%%[fx:%s],%%[fx:%s] %%[fx:%s+w*%.3f],%%[fx:%s+h*%.3f] ",
                        corner[0],
                        corner[1],
                        corner[0],
                        0.16 * random.nextDouble() - 0.08,
                        corner[1],
                        0.4 * random.nextDouble() - 0.2));
            }
            args.addAll(List.of("-virtual-pixel", "transparent", "+distort", "Perspective", corners.toString()));
        }
        double tilt = random.nextDouble() < 0.7 ? 40 * random.nextDouble() - 20 : 0;
        if (tilt != 0) {
            args.addAll(List.of("-background", "none", "-rotate", String.format(Locale.ROOT, "%.1f", tilt)));
        }
        args.add("+repage");
        Path patch = work.resolve(id + "-text.png");
        args.add(patch.toString());
        tools.run("convert", args.toArray(String[]::new));

        BufferedImage text0 = ImageIO.read(patch.toFile());
        double scale = Math.min(1, Math.min(0.95 * w / text0.getWidth(), 0.95 * h / text0.getHeight()));
        int pw = (int) Math.floor(text0.getWidth() * scale);
        int ph = (int) Math.floor(text0.getHeight() * scale);
        int x = (int) Math.max(0, Math.min(w - pw, cx * w - pw / 2.0));
        int y = (int) Math.max(0, Math.min(h - ph, cy * h - ph / 2.0));
        List<String> composite = new ArrayList<>(List.of(photo.file().toString(), "(", patch.toString()));
        if (scale < 1) {
            composite.addAll(List.of("-resize", pw + "x" + ph + "!"));
        }
        composite.addAll(List.of(")", "-geometry", "+" + x + "+" + y, "-composite"));
        boolean blur = random.nextDouble() < 0.4;
        if (blur) {
            composite.addAll(List.of("-blur", String.format(Locale.ROOT, "0x%.1f", 1 + random.nextDouble())));
        }
        int quarter = random.nextDouble() < 0.1 ? 90 * (1 + random.nextInt(3)) : 0;
        if (quarter != 0) {
            composite.addAll(List.of("-rotate", String.valueOf(quarter)));
        }
        boolean jpeg = random.nextDouble() < 0.7;
        if (jpeg) {
            composite.addAll(List.of("-quality", String.valueOf(60 + random.nextInt(31))));
        }
        Path out = work.resolve(id + "-" + photo.name() + (jpeg ? ".jpg" : ".png"));
        composite.add(out.toString());
        tools.run("convert", composite.toArray(String[]::new));
        Files.delete(patch);

        String orientation = quarter != 0
                ? quarter + "°"
                : tilt == 0 ? "upright" : Math.abs(tilt) <= 10 ? "tilted <= 10°" : "tilted 10-20°";
        boolean turned = quarter % 180 != 0;
        return new Sample(
                id,
                out,
                kind,
                term,
                text,
                edit,
                face.style(),
                orientation,
                scale * pointsize / h,
                colour,
                perspective,
                blur,
                jpeg,
                turned ? h : w,
                turned ? w : h);
    }

    private static String pick(List<String> colours, Random random) {
        return colours.get(random.nextInt(colours.size()));
    }

    /** The mean luminance (0-1) of the photo in the rectangle (in its pixels, clipped). */
    private static double luminance(Photo photo, double left, double top, double width, double height) {
        BufferedImage small = photo.small();
        double sx = small.getWidth() / (double) photo.width();
        double sy = small.getHeight() / (double) photo.height();
        int x0 = (int) Math.max(0, Math.min(small.getWidth() - 1, left * sx));
        int y0 = (int) Math.max(0, Math.min(small.getHeight() - 1, top * sy));
        int x1 = (int) Math.max(x0 + 1, Math.min(small.getWidth(), (left + width) * sx));
        int y1 = (int) Math.max(y0 + 1, Math.min(small.getHeight(), (top + height) * sy));
        double sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = small.getRGB(x, y);
                sum += 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
            }
        }
        return sum / ((x1 - x0) * (y1 - y0) * 255.0);
    }

    /**
     * The name with one edit the spotter forgives (substitution, deletion, insertion or transposition of letters, not
     * the first one), and the edit's kind.
     */
    static String[] misspelt(String name, Random random) {
        LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();
        String normalised = normalised(name);
        int allowed = (int) Math.round(normalised.length() / 4.0);
        List<Integer> letters = new ArrayList<>();
        for (int i = 1; i < name.length(); i++) {
            if (Character.isLetter(name.charAt(i))) {
                letters.add(i);
            }
        }
        while (true) {
            int p = letters.get(random.nextInt(letters.size()));
            char original = name.charAt(p);
            char letter = (char) ('a' + random.nextInt(26));
            if (Character.isUpperCase(original)) {
                letter = Character.toUpperCase(letter);
            }
            String[] edit = switch (random.nextInt(4)) {
                case 0 -> new String[] {name.substring(0, p) + letter + name.substring(p + 1), "substitution"};
                case 1 -> new String[] {name.substring(0, p) + name.substring(p + 1), "deletion"};
                case 2 -> new String[] {name.substring(0, p) + letter + name.substring(p), "insertion"};
                default ->
                    p + 1 < name.length() && Character.isLetter(name.charAt(p + 1))
                            ? new String[] {
                                name.substring(0, p) + name.charAt(p + 1) + original + name.substring(p + 2),
                                "transposition"
                            }
                            : new String[] {name, "none"};
            };
            int distance = levenshtein.apply(normalised, normalised(edit[0]));
            if (distance >= 1
                    && distance <= allowed
                    && BRANDS.entrySet().stream()
                            .flatMap(e -> Stream.concat(Stream.of(e.getKey()), e.getValue().stream()))
                            .noneMatch(synonym -> normalised(synonym).equals(normalised(edit[0])))) {
                return edit;
            }
        }
    }

    private static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * The wallpapers (the largest light size of each Plasma one) and scikit-image's colour photos, decoded as the DAM
     * decodes them and brought down to {@value #SIDE} px on their longest side, as PNGs in {@code folder}.
     */
    private static List<Photo> photos(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path wallpapers =
                DebianPackages.unpacked("plasma-workspace-wallpapers", "mate-backgrounds", "lomiri-wallpapers-16.04");
        // A Plasma wallpaper comes in several sizes, a dark version and a 400 px screenshot, a Lomiri one in several
        // sizes named after them: the largest light one stands for it, under its name.
        Map<String, Path> byWallpaper = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(wallpapers.resolve("usr/share"))) {
            for (Path file : walk.filter(p -> p.toString().matches("(?i).*\\.(jpe?g|png)$"))
                    .sorted()
                    .toList()) {
                Matcher plasma = PLASMA.matcher(file.toString());
                String name;
                if (plasma.matches()) {
                    if (!plasma.group(2).equals("images")) {
                        continue;
                    }
                    name = plasma.group(1);
                } else if (file.getFileName().toString().startsWith("screenshot.")) {
                    continue;
                } else {
                    name = file.getFileName().toString().replaceAll("(_\\d+x\\d+)?\\.[^.]*$", "");
                }
                if (!byWallpaper.containsKey(name) || Files.size(file) > Files.size(byWallpaper.get(name))) {
                    byWallpaper.put(name, file);
                }
            }
        }
        Map<String, Path> sources = new LinkedHashMap<>(byWallpaper);
        for (String photo : TestImages.COLOUR_PHOTOS) {
            sources.put(photo.replaceAll("\\.[^.]*$", ""), TestImages.photo(photo));
        }
        List<Photo> photos = new ArrayList<>();
        for (Map.Entry<String, Path> source : sources.entrySet()) {
            BufferedImage image = decode(source.getValue());
            if (Math.max(image.getWidth(), image.getHeight()) > SIDE) {
                image = ImageDecoder.thumbnail(image, SIDE);
            }
            String name = source.getKey().replaceAll("[^A-Za-z0-9_-]", "_");
            Path file = folder.resolve(String.format(Locale.ROOT, "%03d-%s.png", photos.size(), name));
            ImageIO.write(image, "png", file.toFile());
            photos.add(new Photo(name, file, image.getWidth(), image.getHeight(), ImageDecoder.thumbnail(image, 128)));
        }
        return photos;
    }

    // ---------------------------------------------------------------- versions and files

    private static String fontVersions(Path fonts) {
        return FACES.stream()
                .map(face -> face.style() + " " + face.pkg() + " " + debianVersion(fonts, face.pkg()))
                .collect(Collectors.joining("; "));
    }

    /** The version at the head of an installed package's Debian changelog. */
    private static String debianVersion(String pkg) {
        return debianVersion(Path.of("/"), pkg);
    }

    private static String debianVersion(Path root, String pkg) {
        Path changelog = root.resolve("usr/share/doc/" + pkg + "/changelog.Debian.gz");
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(changelog)), StandardCharsets.UTF_8))) {
            String head = reader.readLine();
            Matcher version = Pattern.compile("\\(([^)]+)\\)").matcher(head == null ? "" : head);
            return version.find() ? version.group(1) : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    private static String tesseractVersion() {
        try {
            Process process = new ProcessBuilder("/usr/bin/tesseract", "--version")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(1, TimeUnit.MINUTES);
            return out.lines().limit(2).map(String::strip).collect(Collectors.joining(", "));
        } catch (IOException e) {
            return "tesseract ?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "tesseract ?";
        }
    }

    private static Map<String, List<String>> brands() {
        Map<String, List<String>> brands = new LinkedHashMap<>();
        // One word, 5-10 letters.
        brands.put("Kaffehuset", List.of("Kaffe Huset"));
        brands.put("Brightwell", List.of("Brightwell & Co"));
        brands.put("Solvana", List.of());
        brands.put("Lumeria", List.of());
        brands.put("Tavernik", List.of());
        brands.put("Quillstone", List.of());
        brands.put("Marivelle", List.of("Mari Velle"));
        brands.put("Fernhollow", List.of());
        brands.put("Zephyrine", List.of());
        brands.put("Grovana", List.of());
        brands.put("Stellwick", List.of());
        brands.put("Okkerlund", List.of());
        brands.put("Bramblin", List.of());
        brands.put("Vintora", List.of());
        brands.put("Rosqvist", List.of());
        brands.put("Alderbeck", List.of());
        brands.put("Corvanta", List.of());
        brands.put("Hexaloom", List.of());
        brands.put("Pinnacor", List.of());
        brands.put("Wendmoor", List.of());
        // Two words.
        brands.put("Nordic Harbour", List.of("Nordic Harbor"));
        brands.put("Blue Fennel", List.of());
        brands.put("Copper Lantern", List.of());
        brands.put("Old Millrace", List.of());
        brands.put("Red Kestrel", List.of());
        brands.put("Tidewater Mills", List.of("Tidewater"));
        brands.put("Golden Quarry", List.of());
        brands.put("Hollow Pine", List.of());
        brands.put("Silver Otter", List.of());
        brands.put("Maple & Brine", List.of());
        brands.put("Little Juniper", List.of());
        brands.put("Salt Meadow", List.of());
        // Short: four letters or fewer, matched exactly only.
        brands.put("Vex", List.of());
        brands.put("Orla", List.of());
        brands.put("Kiro", List.of());
        brands.put("Ulvo", List.of());
        brands.put("Tamo", List.of());
        brands.put("Oxa", List.of());
        brands.put("Quen", List.of());
        brands.put("Dabo", List.of());
        return Collections.unmodifiableMap(brands);
    }
}
