package org.taxonomist.models.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
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
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.taxonomist.models.testdata.DecoderCorpus;
import org.taxonomist.models.testdata.ImagingTools;

/**
 * Benchmark harness, not a test: decodes each file of the {@link DecoderCorpus} (451 x 300 photos) to the
 * 8-bit RGB the models take, on as many threads as there are cores, for 3 s after 1 s of warm-up, and
 * prints images per second per file and per format; then the large images a DAM holds, one at a time:
 * a 20 MP camera JPEG and a 10,535 x 16,000 illustration (PNG, JPEG, TIFF), with the time and the raster
 * they decode to. Given a folder of large photos (e.g. the wallpapers of {@code deploy/bench/wallpapers-manifest.sh}),
 * it also compares decoding each whole ({@code ImageIO.read}) with decoding it at its working size: time,
 * and how far apart the two 256-pixel thumbnails are.
 *
 * <pre>
 * mvn -o -q -pl models test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.taxonomist.models.image.DecodingBench [-Dexec.args=FOLDER]
 * </pre>
 */
public final class DecodingBench {

    private DecodingBench() {}

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("decoding-bench");
        DecoderCorpus corpus = DecoderCorpus.writeInto(folder);
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                "%d threads, %s %s%n", threads, System.getProperty("java.vm.name"), System.getProperty("java.version"));
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
        byFormat.forEach((format, rates) -> System.out.printf(
                "  %-5s %6.0f images/s (%d variants)%n",
                format,
                rates.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                rates.size()));

        ImagingTools tools = ImagingTools.ready();
        Path photo = folder.resolve("20mp.jpg");
        tools.run(
                "convert",
                folder.resolve("photo.png").toString(),
                "-resize",
                "5472x3648!",
                "-quality",
                "90",
                photo.toString());
        List<Path> illustration = illustration(folder);
        for (Path large : Stream.concat(Stream.of(photo), illustration.stream()).toList()) {
            large(large);
        }
        if (args.length > 0) {
            wholeAgainstWorkingSize(Path.of(args[0]));
        }
    }

    private static void wholeAgainstWorkingSize(Path folder) throws IOException {
        List<Path> photos;
        try (Stream<Path> files = Files.walk(folder)) {
            photos = files.filter(f -> f.toString().toLowerCase().endsWith(".jpg"))
                    .sorted()
                    .toList();
        }
        double whole = 0;
        double working = 0;
        double worst = 0;
        double total = 0;
        long pixels = 0;
        for (Path photo : photos) {
            byte[] bytes = Files.readAllBytes(photo);
            long start = System.nanoTime();
            BufferedImage full = ImageIO.read(new ByteArrayInputStream(bytes));
            BufferedImage fromWhole = ImageDecoder.thumbnail(ImageDecoder.toRgb(full), 256);
            whole += (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            BufferedImage fromWorking = ImageDecoder.thumbnail(
                    ImageDecoder.toRgb(
                            ImageDecoder.decode(bytes, Long.MAX_VALUE).image()),
                    256);
            working += (System.nanoTime() - start) / 1e9;
            pixels += (long) full.getWidth() * full.getHeight();
            if (fromWhole.getWidth() == fromWorking.getWidth() && fromWhole.getHeight() == fromWorking.getHeight()) {
                double difference = DecoderCorpus.meanDifference(fromWhole, fromWorking);
                worst = Math.max(worst, difference);
                total += difference;
            }
        }
        System.out.printf(
                "%d photos (%.1f MP on average): decoded whole and thumbnailed in %.0f ms each, at working size in %.0f ms;"
                        + " thumbnails %.2f levels apart on average, %.2f at most%n",
                photos.size(),
                pixels / 1e6 / photos.size(),
                1000 * whole / photos.size(),
                1000 * working / photos.size(),
                total / photos.size(),
                worst);
    }

    /**
     * A 10,535 x 16,000 illustration of flat colours, as a vector drawing exported to pixels is, as PNG, JPEG and LZW TIFF.
     * Drawn here: Debian's ImageMagick policy stops at 128 MP.
     */
    private static List<Path> illustration(Path folder) throws IOException {
        BufferedImage drawing = new BufferedImage(10_535, 16_000, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = drawing.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, Color.WHITE, 0, 16_000, new Color(20, 30, 110)));
            g.fillRect(0, 0, 10_535, 16_000);
            g.setColor(Color.ORANGE);
            g.fillOval(267, 3_000, 10_000, 10_000);
        } finally {
            g.dispose();
        }
        Path png = folder.resolve("illustration.png");
        ImageIO.write(drawing, "png", png.toFile());
        Path jpeg = folder.resolve("illustration.jpg");
        ImageIO.write(drawing, "jpeg", jpeg.toFile());
        Path tiff = folder.resolve("illustration.tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam lzw = writer.getDefaultWriteParam();
        lzw.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        lzw.setCompressionType("LZW");
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(drawing, null, null), lzw);
        } finally {
            writer.dispose();
        }
        return List.of(png, jpeg, tiff);
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
                    ImageDecoder.toRgb(
                            ImageDecoder.decode(bytes, Long.MAX_VALUE).image());
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
            System.out.printf(
                    "%-18s %8d bytes  %5d x %-5d (%5.1f MP) decoded to %d x %d in %.2f s%n",
                    file.getFileName(),
                    bytes.length,
                    decoded.width(),
                    decoded.height(),
                    decoded.width() * (double) decoded.height() / 1e6,
                    decoded.image().getWidth(),
                    decoded.image().getHeight(),
                    seconds);
        }
    }
}
