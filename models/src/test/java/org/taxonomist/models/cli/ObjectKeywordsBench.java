package org.taxonomist.models.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.taxonomist.models.detection.CocoClasses;
import org.taxonomist.models.detection.DetectedObject;
import org.taxonomist.models.djl.CocoDetector;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.store.ModelStore;

/**
 * Object keywords against images whose names say which COCO object they show (not a test): every
 * TuxPaint stamp whose file name names a COCO class ("apple_red.png" → apple, "double_decker_bus.png"
 * → bus). Per minimum score: recall (the named object is among the image's keywords) and precision
 * (of all keywords given, those that are the named object; other objects in a stamp count against
 * it, so this is a lower bound), and the detection time per image (decoded image in, objects out).
 * <pre>
 * java -cp … org.taxonomist.models.cli.ObjectKeywordsBench ~/.cache/taxonomist/testdata/tuxpaint/usr/share/tuxpaint/stamps
 * </pre>
 */
public final class ObjectKeywordsBench {

    /** Names that match a class's word but mean something else in TuxPaint (an animal mouse, a trophy cup). */
    private static final List<String> NOT_THE_OBJECT = List.of("mouse.png", "trophy_cup.png");

    private static final float[] MIN_SCORES = {0.2f, 0.3f, 0.4f, 0.5f};

    public static void main(String[] args) throws IOException {
        Map<Path, String> named = namedObjects(Path.of(args[0]));
        System.out.printf(
                "%d stamps name one of %d COCO classes%n",
                named.size(), named.values().stream().distinct().count());
        List<List<DetectedObject>> found = new ArrayList<>();
        long nanos = 0;
        try (CocoDetector detector =
                CocoDetector.open(ModelStore.fromEnvironment().humanPackage(), null)) {
            BufferedImage warmUp = ImageDecoder.toRgb(ImageDecoder.decode(
                            Files.readAllBytes(named.keySet().iterator().next()), 50_000_000L)
                    .image());
            detector.detect(warmUp, MIN_SCORES[0]);
            for (Path stamp : named.keySet()) {
                BufferedImage image = ImageDecoder.toRgb(ImageDecoder.decode(Files.readAllBytes(stamp), 50_000_000L)
                        .image());
                long started = System.nanoTime();
                found.add(detector.detect(image, MIN_SCORES[0]));
                nanos += System.nanoTime() - started;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "detection: %.0f ms per image (%d threads)%n",
                nanos / 1e6 / named.size(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| minimum score | recall | precision | keywords per image |");
        List<String> expected = List.copyOf(named.values());
        for (float min : MIN_SCORES) {
            int recalled = 0;
            int right = 0;
            int given = 0;
            for (int i = 0; i < expected.size(); i++) {
                List<String> keywords = found.get(i).stream()
                        .filter(o -> o.score() >= min)
                        .map(DetectedObject::label)
                        .distinct()
                        .toList();
                given += keywords.size();
                if (keywords.contains(expected.get(i))) {
                    recalled++;
                    right++;
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %.1f | %.2f (%d of %d) | %.2f (%d of %d) | %.2f |%n",
                    min,
                    (double) recalled / expected.size(),
                    recalled,
                    expected.size(),
                    given == 0 ? 0 : (double) right / given,
                    right,
                    given,
                    (double) given / expected.size());
        }
    }

    /** Stamp → the COCO class its file name names (the longest match: "teddy_bear" is a teddy bear, not a bear). */
    static Map<Path, String> namedObjects(Path stamps) throws IOException {
        Map<Path, String> named = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(stamps)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".png")).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.contains("_mirror") || name.contains("_flip") || NOT_THE_OBJECT.contains(name)) {
                    continue;
                }
                String words = name.substring(0, name.length() - 4)
                        .replace('_', ' ')
                        .replace('-', ' ')
                        .toLowerCase(Locale.ROOT);
                CocoClasses.NAMES.stream()
                        .filter(c -> Pattern.compile("\\b" + Pattern.quote(c) + "s?\\b")
                                .matcher(words)
                                .find())
                        .max((a, b) -> Integer.compare(a.length(), b.length()))
                        .ifPresent(c -> named.put(file, c));
            }
        }
        return named;
    }
}
