package org.taxonomist.models.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.taxonomist.models.testdata.DecoderCorpus;
import org.taxonomist.models.testdata.ImagingTools;

/**
 * Benchmark harness, not a test: decodes each file of the {@link DecoderCorpus} (451 x 300 photos) to the
 * 8-bit RGB the models take, on as many threads as there are cores, for 3 s after 1 s of warm-up, and
 * prints images per second per file and per format; then the large images a DAM holds, one at a time:
 * a 20 MP camera JPEG and a 10,535 x 16,000 illustration (PNG and JPEG), with the time and the raster
 * they decode to.
 *
 * <pre>
 * mvn -o -q -pl models test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.taxonomist.models.image.DecodingBench
 * </pre>
 */
public final class DecodingBench {

    private DecodingBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("decoding-bench");
        DecoderCorpus corpus = DecoderCorpus.writeInto(folder);
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf("%d threads, %s %s%n", threads, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        Map<String, List<Double>> byFormat = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (DecoderCorpus.Sample sample : corpus.samples()) {
                byte[] bytes = Files.readAllBytes(sample.file());
                String format = ImageDecoder.decode(bytes, Long.MAX_VALUE).format();
                run(pool, threads, bytes, 1_000);
                double rate = run(pool, threads, bytes, 3_000);
                System.out.printf("%-26s %-5s %7d bytes %8.0f images/s%n", sample.name(), format, bytes.length, rate);
                byFormat.computeIfAbsent(format, f -> new ArrayList<>()).add(rate);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("per format (mean over its variants):");
        byFormat.forEach((format, rates) -> System.out.printf("  %-5s %6.0f images/s (%d variants)%n", format,
                rates.stream().mapToDouble(Double::doubleValue).average().orElse(0), rates.size()));

        ImagingTools tools = ImagingTools.ready();
        Path photo = folder.resolve("20mp.jpg");
        tools.run("convert", folder.resolve("photo.png").toString(), "-resize", "5472x3648!", "-quality", "90", photo.toString());
        Path illustration = folder.resolve("illustration.png");
        tools.run("convert", "-size", "10535x16000", "gradient:white-navy", "-fill", "orange", "-draw", "circle 5267,8000 5267,3000",
                "-depth", "8", illustration.toString());
        Path illustrationJpeg = folder.resolve("illustration.jpg");
        tools.run("convert", illustration.toString(), "-quality", "90", illustrationJpeg.toString());
        for (Path large : List.of(photo, illustration, illustrationJpeg)) {
            large(large);
        }
    }

    /** Images per second over {@code millis}, {@code threads} decoding {@code bytes} over and over. */
    private static double run(ExecutorService pool, int threads, byte[] bytes, long millis) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Integer>> counts = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    ImageDecoder.toRgb(ImageDecoder.decode(bytes, Long.MAX_VALUE).image());
                    n++;
                }
                return n;
            }));
        }
        Thread.sleep(millis);
        stop.set(true);
        int total = 0;
        for (Future<Integer> count : counts) {
            total += count.get();
        }
        return total / ((System.nanoTime() - start) / 1e9);
    }

    private static void large(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            DecodedImage decoded = ImageDecoder.decode(bytes, Long.MAX_VALUE);
            ImageDecoder.toRgb(decoded.image());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-18s %8d bytes  %5d x %-5d (%5.1f MP) decoded to %d x %d in %.2f s%n", file.getFileName(), bytes.length,
                    decoded.width(), decoded.height(), decoded.width() * (double) decoded.height() / 1e6,
                    decoded.image().getWidth(), decoded.image().getHeight(), seconds);
        }
    }
}
