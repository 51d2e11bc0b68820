package org.taxonomist.models.duplicates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.RescaleOp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.Backbones;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.similarity.NearestNeighbours;
import org.taxonomist.models.store.ModelStore;
import org.taxonomist.models.testdata.DebianPackages;
import org.taxonomist.models.testdata.TestImages;

/**
 * How well a perceptual hash and the default backbone's embedding tell the same picture (re-encoded, resized, cropped
 * a little, recoloured, watermarked) from another shot of the same subject, and where {@link NearDuplicateRule}'s
 * thresholds come from. The thresholds are chosen on TuxPaint's stamps (the best F1 of the near-duplicate tier) and
 * then judged, unchanged, on natural photos nobody chose anything on (Debian's wallpapers and scikit-image's photos).
 *
 * <p>Same picture: each photo against its variants (50 % size, JPEG quality 30 and 70, JPEG of a PNG, 95 % and 90 %
 * crops, a watermark, ±15 % brightness). Not the same: burst-like shots (the left and the right 60 % of one photo,
 * which overlap by a fifth) and photos of one category (two stamps of one TuxPaint folder; two wallpapers). An EXIF
 * rotation is no variant here: the decoder turns the picture upright before anything sees it ({@code DecoderCorpus}).
 *
 * <p>{@code mvn -pl models test -Dtest=NearDuplicateBench -Dtaxonomist.benchmarks=true}
 */
class NearDuplicateBench {

    /** Stamps sampled from TuxPaint (seeded): enough pairs to choose on, embedded in a few minutes on 2 cores. */
    private static final int STAMPS = 160;

    /** The longest side the photos are brought to first: the wallpapers are up to 20 MP. */
    private static final int SIDE = 1600;

    private static final Map<String, UnaryOperator<BufferedImage>> VARIANTS = variants();

    /** A Plasma wallpaper's file: its name, and the folder of its sizes ({@code images}, {@code images_dark}, …). */
    private static final Pattern PLASMA = Pattern.compile(".*/wallpapers/([^/]+)/contents/([^/]+)/[^/]+");

    /** A pair of pictures as the rule sees them, and whether they are the same picture. */
    record Pair(String what, boolean same, int hashDistance, double cosine) {}

    @Test
    @EnabledIfSystemProperty(named = "taxonomist.benchmarks", matches = "true")
    void thresholdsChosenOnStampsHoldOnPhotos() throws IOException {
        Random random = new Random(27);
        try (Backbone backbone = Backbones.openDefault(ModelStore.fromEnvironment())) {
            List<Pair> stamps = pairs(backbone, stampsByFolder(random), random);
            List<Pair> photos = pairs(backbone, photos(), random);
            System.out.printf(
                    "Near-duplicates on %d cores; %s%n", Runtime.getRuntime().availableProcessors(), backbone.id());
            NearDuplicateRule chosen = best(stamps);
            report("TuxPaint stamps (chosen here)", stamps, chosen);
            report("wallpapers + scikit-image photos (never chosen on)", photos, chosen);
            report("  hash alone (best on the stamps) on the photos", photos, best(stamps, 64, 64, 100));
            report("  embedding alone (best on the stamps) on the photos", photos, bestByEmbedding(stamps));
            assertTrue(recall(photos, chosen) > 0, "the rule finds near-duplicates at all");
        }
    }

    /** The rule with the best F1 on the pairs, among all of sure distances 0-24 bits, the loose ones up to 40, cosines 0.80-0.99. */
    private static NearDuplicateRule best(List<Pair> pairs) {
        return best(pairs, 24, 40, 80);
    }

    /** The best among sure distances up to {@code maxSure}, loose ones up to {@code maxLoose}, cosines from {@code minCosine} %. */
    private static NearDuplicateRule best(List<Pair> pairs, int maxSure, int maxLoose, int minCosine) {
        NearDuplicateRule best = null;
        double bestF1 = -1;
        for (int sure = 0; sure <= maxSure; sure++) {
            for (int loose = sure; loose <= maxLoose; loose++) {
                for (int c = minCosine; c <= 100; c++) {
                    NearDuplicateRule rule = new NearDuplicateRule(sure, loose, c / 100.0);
                    double f1 = f1(pairs, rule);
                    if (f1 > bestF1) {
                        bestF1 = f1;
                        best = rule;
                    }
                }
            }
        }
        return best;
    }

    /** The best rule that asks the embeddings only: any hash distance, cosines 0.50-0.99. */
    private static NearDuplicateRule bestByEmbedding(List<Pair> pairs) {
        NearDuplicateRule best = null;
        double bestF1 = -1;
        for (int c = 50; c < 100; c++) {
            NearDuplicateRule rule = new NearDuplicateRule(0, 64, c / 100.0);
            double f1 = f1(pairs, rule);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = rule;
            }
        }
        return best;
    }

    private static double f1(List<Pair> pairs, NearDuplicateRule rule) {
        double p = precision(pairs, rule);
        double r = recall(pairs, rule);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static void report(String collection, List<Pair> pairs, NearDuplicateRule rule) {
        long same = pairs.stream().filter(Pair::same).count();
        System.out.printf(
                "%s: %d pairs (%d same picture, %d not): hash <= %d bits, or <= %d and cosine >= %.2f: precision %.3f,"
                        + " recall %.3f%n",
                collection,
                pairs.size(),
                same,
                pairs.size() - same,
                rule.sureHashDistance(),
                rule.maxHashDistance(),
                rule.minCosine(),
                precision(pairs, rule),
                recall(pairs, rule));
        Map<String, int[]> missed = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            boolean said = said(pair, rule);
            if (said != pair.same()) {
                missed.computeIfAbsent(pair.what(), w -> new int[1])[0]++;
            }
        }
        missed.forEach((what, n) -> System.out.printf("    wrong: %s x %d%n", what, n[0]));
    }

    private static boolean said(Pair pair, NearDuplicateRule rule) {
        return rule.nearDuplicates(pair.hashDistance(), pair.cosine());
    }

    private static double precision(List<Pair> pairs, NearDuplicateRule rule) {
        long said = pairs.stream().filter(p -> said(p, rule)).count();
        long right = pairs.stream().filter(p -> p.same() && said(p, rule)).count();
        return said == 0 ? 1 : right / (double) said;
    }

    private static double recall(List<Pair> pairs, NearDuplicateRule rule) {
        long same = pairs.stream().filter(Pair::same).count();
        return pairs.stream().filter(p -> p.same() && said(p, rule)).count() / (double) same;
    }

    /**
     * Each picture against each of its variants, against the other side of a burst-like crop of itself, and against
     * another picture of its group (a folder, or the same source).
     */
    private static List<Pair> pairs(Backbone backbone, List<List<BufferedImage>> groups, Random random) {
        List<Pair> pairs = new ArrayList<>();
        for (List<BufferedImage> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                BufferedImage picture = group.get(i);
                Seen original = seen(backbone, picture);
                for (Map.Entry<String, UnaryOperator<BufferedImage>> variant : VARIANTS.entrySet()) {
                    pairs.add(pair(
                            variant.getKey(),
                            true,
                            original,
                            seen(backbone, variant.getValue().apply(picture))));
                }
                int w = picture.getWidth();
                int h = picture.getHeight();
                int side = w * 3 / 5;
                pairs.add(pair(
                        "burst-like crops",
                        false,
                        seen(backbone, picture.getSubimage(0, 0, side, h)),
                        seen(backbone, picture.getSubimage(w - side, 0, side, h))));
                if (group.size() > 1) {
                    int other = (i + 1 + random.nextInt(group.size() - 1)) % group.size();
                    pairs.add(pair("same category", false, original, seen(backbone, group.get(other))));
                }
            }
        }
        return pairs;
    }

    /** A picture's hash and embedding. */
    private record Seen(long hash, float[] embedding) {}

    private static Seen seen(Backbone backbone, BufferedImage image) {
        BufferedImage rgb = ImageDecoder.toRgb(image);
        return new Seen(PerceptualHash.of(rgb), backbone.embed(rgb).embedding());
    }

    private static Pair pair(String what, boolean same, Seen a, Seen b) {
        return new Pair(
                what,
                same,
                PerceptualHash.distance(a.hash(), b.hash()),
                NearestNeighbours.cosine(a.embedding(), b.embedding()));
    }

    /** TuxPaint stamps by level-2 folder, {@value #STAMPS} of them sampled. */
    private static List<List<BufferedImage>> stampsByFolder(Random random) throws IOException {
        Path stamps = DebianPackages.unpacked("tuxpaint-stamps-default").resolve("usr/share/tuxpaint/stamps");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(stamps)) {
            files = new ArrayList<>(
                    walk.filter(p -> p.toString().endsWith(".png")).sorted().toList());
        }
        Collections.shuffle(files, random);
        Map<Path, List<BufferedImage>> byFolder = new LinkedHashMap<>();
        for (Path file : files.subList(0, Math.min(STAMPS, files.size()))) {
            byFolder.computeIfAbsent(file.getParent(), f -> new ArrayList<>()).add(read(file));
        }
        return List.copyOf(byFolder.values());
    }

    /** The wallpapers as one group, the scikit-image photos as another. */
    private static List<List<BufferedImage>> photos() throws IOException {
        Path wallpapers =
                DebianPackages.unpacked("plasma-workspace-wallpapers", "mate-backgrounds", "lomiri-wallpapers-16.04");
        // A Plasma wallpaper comes in several sizes, a dark version and a screenshot: the largest light one stands for
        // it.
        Map<String, Path> byWallpaper = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(wallpapers.resolve("usr/share"))) {
            for (Path file : walk.filter(p -> p.toString().matches("(?i).*\\.(jpe?g|png)$"))
                    .sorted()
                    .toList()) {
                Matcher plasma = PLASMA.matcher(file.toString());
                if (!plasma.matches()) {
                    byWallpaper.put(file.toString(), file);
                } else if (plasma.group(2).equals("images")
                        && (!byWallpaper.containsKey(plasma.group(1))
                                || Files.size(file) > Files.size(byWallpaper.get(plasma.group(1))))) {
                    byWallpaper.put(plasma.group(1), file);
                }
            }
        }
        List<BufferedImage> large = new ArrayList<>();
        for (Path file : byWallpaper.values()) {
            large.add(read(file));
        }
        List<BufferedImage> classic = new ArrayList<>();
        for (String photo : TestImages.COLOUR_PHOTOS) {
            classic.add(read(TestImages.photo(photo)));
        }
        return List.of(large, classic);
    }

    /** The file decoded as the DAM decodes it, upright, brought down to {@value #SIDE} px on its longest side. */
    private static BufferedImage read(Path file) throws IOException {
        BufferedImage image =
                ImageDecoder.toRgb(ImageDecoder.decode(Files.readAllBytes(file), ImageDecoder.DEFAULT_MAX_PIXELS)
                        .image());
        return Math.max(image.getWidth(), image.getHeight()) > SIDE ? ImageDecoder.thumbnail(image, SIDE) : image;
    }

    private static Map<String, UnaryOperator<BufferedImage>> variants() {
        Map<String, UnaryOperator<BufferedImage>> variants = new LinkedHashMap<>();
        variants.put("50 % size", i -> scaled(i, 0.5));
        variants.put("JPEG quality 30", i -> jpeg(i, 0.3f));
        variants.put("JPEG quality 70", i -> jpeg(i, 0.7f));
        variants.put("JPEG quality 90 (format change)", i -> jpeg(i, 0.9f));
        variants.put("95 % crop", i -> i.getSubimage(0, 0, i.getWidth() * 95 / 100, i.getHeight() * 95 / 100));
        variants.put(
                "90 % crop, centred",
                i -> i.getSubimage(
                        i.getWidth() / 20, i.getHeight() / 20, i.getWidth() * 9 / 10, i.getHeight() * 9 / 10));
        variants.put("watermark", NearDuplicateBench::watermarked);
        variants.put("brightness +15 %", i -> new RescaleOp(1.15f, 0, null).filter(i, null));
        variants.put("brightness -15 %", i -> new RescaleOp(0.85f, 0, null).filter(i, null));
        return variants;
    }

    private static BufferedImage scaled(BufferedImage image, double factor) {
        int w = Math.max(1, (int) (image.getWidth() * factor));
        int h = Math.max(1, (int) (image.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static BufferedImage jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return ImageDecoder.decode(bytes.toByteArray(), ImageDecoder.DEFAULT_MAX_PIXELS)
                .image();
    }

    /** "© Taxonomist" in half-transparent white across the lower right, an eighth of the picture's height. */
    private static BufferedImage watermarked(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, image.getHeight() / 8)));
        g.drawString("© Taxonomist", image.getWidth() / 3, image.getHeight() * 7 / 8);
        g.dispose();
        return out;
    }
}
