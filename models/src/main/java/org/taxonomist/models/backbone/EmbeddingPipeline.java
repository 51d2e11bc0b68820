package org.taxonomist.models.backbone;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.taxonomist.models.image.ImageDecoder;

/**
 * Embeds many images with decoding overlapping the network's work: decode threads read, decode
 * and convert images to RGB ahead of time, into a bounded window of at most
 * {@code 2 * batchSize + decodeThreads} images; the calling thread hands them to
 * {@link Backbone#embedAll} a batch at a time, in input order. A file that cannot be read or
 * decoded gives a failed {@link Result} for that item only; the others go on.
 *
 * <pre>{@code
 * EmbeddingPipeline pipeline = new EmbeddingPipeline(backbone);          // batch 8, decode threads: max(2, cores / 2)
 * List<EmbeddingPipeline.Result> results = pipeline.embedFiles(paths);   // one per path, same order
 * for (EmbeddingPipeline.Result r : results) {
 *     if (r.succeeded()) store(r.output().embedding()); else log(r.error());
 * }
 * }</pre>
 *
 * <p>Why one thread calls the backbone: a forward pass already keeps every core busy (PyTorch
 * intra-op threads), so more callers would only queue on the backbone's lock; decoding is what
 * can run beside it. Resizing to the network's input size stays inside the backbone, whose
 * preprocessing must match its reference exactly. An instance holds no threads between calls
 * and is safe for concurrent use.
 */
public final class EmbeddingPipeline {

    private final Backbone backbone;
    private final int batchSize;
    private final int decodeThreads;
    private final long maxPixels;

    /**
     * A pipeline with {@link Backbones#DEFAULT_BATCH_SIZE} images per call to the backbone,
     * {@link #defaultDecodeThreads()} and {@link ImageDecoder#DEFAULT_MAX_PIXELS}.
     */
    public EmbeddingPipeline(Backbone backbone) {
        this(backbone, Backbones.DEFAULT_BATCH_SIZE, defaultDecodeThreads(), ImageDecoder.DEFAULT_MAX_PIXELS);
    }

    /**
     * Half the cores, at least two. Even on two cores, two decode threads beat one (measured:
     * 78-87% against 67-72% of the model-only rate): decoding then gets a fairer share of the CPU
     * beside PyTorch's threads, and one slow image does not hold up the next batch.
     */
    public static int defaultDecodeThreads() {
        return Math.max(2, Runtime.getRuntime().availableProcessors() / 2);
    }

    /**
     * @param batchSize     images per call to {@link Backbone#embedAll}
     * @param decodeThreads threads that read and decode ahead of the backbone
     * @param maxPixels     larger images fail (decompression bombs) before any pixel is decoded
     */
    public EmbeddingPipeline(Backbone backbone, int batchSize, int decodeThreads, long maxPixels) {
        if (batchSize < 1 || decodeThreads < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("Invalid pipeline: batch " + batchSize + ", decode threads "
                    + decodeThreads + ", max pixels " + maxPixels);
        }
        this.backbone = backbone;
        this.batchSize = batchSize;
        this.decodeThreads = decodeThreads;
        this.maxPixels = maxPixels;
    }

    /** Where an image's bytes come from (a file, a DAM rendition, bytes in memory). */
    @FunctionalInterface
    public interface ImageSource {
        byte[] read() throws IOException;
    }

    /**
     * What became of one image: either the backbone's output or why there is none.
     *
     * @param output the embedding and pre-trained scores, or null when the item failed
     * @param error  a one-line reason (e.g. {@code UnreadableImageException: Premature end of JPEG file}), or null
     */
    public record Result(BackboneOutput output, String error) {

        public Result {
            if ((output == null) == (error == null)) {
                throw new IllegalArgumentException("A result has either an output or an error");
            }
        }

        public static Result embedded(BackboneOutput output) {
            return new Result(output, null);
        }

        public static Result failed(String error) {
            return new Result(null, error);
        }

        public boolean succeeded() {
            return output != null;
        }
    }

    /** {@link #embed} for files. */
    public List<Result> embedFiles(List<Path> files) throws InterruptedException {
        List<ImageSource> sources = new ArrayList<>(files.size());
        for (Path file : files) {
            sources.add(() -> Files.readAllBytes(file));
        }
        return embed(sources);
    }

    /**
     * Embeds every source; the result list has one entry per source, in the same order.
     *
     * @throws InterruptedException when the calling thread is interrupted (decoding is cancelled)
     */
    public List<Result> embed(List<? extends ImageSource> sources) throws InterruptedException {
        Result[] results = new Result[sources.size()];
        if (sources.isEmpty()) {
            return List.of();
        }
        int window = 2 * batchSize + decodeThreads;
        ExecutorService decoders =
                Executors.newFixedThreadPool(Math.min(decodeThreads, sources.size()), new DecodeThreads());
        Deque<Future<Object>> pending = new ArrayDeque<>(window);
        try {
            int submitted = 0;
            List<BufferedImage> batch = new ArrayList<>(batchSize);
            int[] batchItems = new int[batchSize];
            for (int item = 0; item < sources.size(); item++) {
                while (submitted < sources.size() && submitted - item < window) {
                    ImageSource source = sources.get(submitted++);
                    pending.add(decoders.submit(() -> decode(source)));
                }
                Object decoded = await(pending.removeFirst());
                if (decoded instanceof BufferedImage image) {
                    batchItems[batch.size()] = item;
                    batch.add(image);
                    if (batch.size() == batchSize) {
                        embedBatch(batch, batchItems, results);
                    }
                } else {
                    results[item] = Result.failed((String) decoded);
                }
            }
            embedBatch(batch, batchItems, results);
        } finally {
            pending.forEach(future -> future.cancel(true));
            decoders.shutdownNow();
        }
        return Arrays.asList(results);
    }

    /** The decoded RGB image, or a one-line reason why there is none. */
    private Object decode(ImageSource source) {
        try {
            return ImageDecoder.toRgb(
                    ImageDecoder.decode(source.read(), maxPixels).image());
        } catch (IOException | RuntimeException e) {
            return describe(e);
        }
    }

    private static Object await(Future<Object> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) { // an Error in a decode thread (e.g. out of memory): not the image's fault
            throw new IllegalStateException("Decoding failed", e.getCause());
        }
    }

    /**
     * One call for the whole batch; if the backbone rejects it, each image is tried on its own so
     * that one bad image fails alone.
     */
    private void embedBatch(List<BufferedImage> batch, int[] items, Result[] results) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<BackboneOutput> outputs = backbone.embedAll(batch);
            for (int i = 0; i < batch.size(); i++) {
                results[items[i]] = Result.embedded(outputs.get(i));
            }
        } catch (IllegalStateException e) {
            throw e; // a closed backbone: no single image is to blame
        } catch (RuntimeException e) {
            for (int i = 0; i < batch.size(); i++) {
                try {
                    results[items[i]] = Result.embedded(backbone.embed(batch.get(i)));
                } catch (IllegalStateException fatal) {
                    throw fatal;
                } catch (RuntimeException single) {
                    results[items[i]] = Result.failed(describe(single));
                }
            }
        }
        batch.clear();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }

    /** Daemon threads with a recognisable name, so that a forgotten pipeline never keeps the JVM alive. */
    private static final class DecodeThreads implements java.util.concurrent.ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "taxonomist-decode-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
