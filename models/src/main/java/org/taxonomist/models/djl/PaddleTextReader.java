package org.taxonomist.models.djl;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.store.ModelPackage;
import org.taxonomist.models.text.TextLine;
import org.taxonomist.models.text.TextRegions;

/**
 * Reads the text in a picture with PaddleOCR's PP-OCRv4 networks in ONNX, on DJL's OnnxRuntime
 * engine (CPU): the detector finds text boxes ({@link TextRegions}), each box is cut out straight
 * (turned upright when it is tall: text at 90° or 270°), the direction classifier turns it round
 * when it reads upside down, and the recogniser reads it (CTC, best path). Pre- and post-processing
 * follow PaddleOCR's inference defaults, which the networks were trained for: the detector sees the
 * picture's longer side at most {@value #DETECTOR_MAX_SIDE} pixels, BGR normalised by ImageNet's
 * mean and deviation; the classifier and recogniser see 48-pixel-high crops scaled to -1..1.
 *
 * <p>Thread-safe: OnnxRuntime sessions run concurrent calls; each call has its own predictors.
 */
public final class PaddleTextReader implements AutoCloseable {

    /** The source of what it reads, with the models' version. */
    public static final String ID = "paddleocr-v4@" + ModelPackage.PADDLE_OCR.version();

    static final int DETECTOR_MAX_SIDE = 960;
    private static final float[] DETECTOR_MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] DETECTOR_STD = {0.229f, 0.224f, 0.225f};
    private static final int LINE_HEIGHT = 48;
    private static final int CLASSIFIER_WIDTH = 192;
    private static final int MIN_RECOGNISER_WIDTH = 320;
    /** PaddleOCR's: a crop is turned round only when the classifier is this sure it is upside down. */
    private static final float UPSIDE_DOWN_CERTAINTY = 0.9f;
    /** PaddleOCR's: a crop at least this much taller than wide holds vertical text, turned upright first. */
    private static final double VERTICAL_RATIO = 1.5;
    /** PaddleOCR's drop score: lines read less surely are mostly texture taken for letters. */
    private static final float MIN_LINE_SCORE = 0.5f;

    private final ZooModel<NDList, NDList> detector;
    private final ZooModel<NDList, NDList> classifier;
    private final ZooModel<NDList, NDList> recogniser;
    /** The recogniser's classes: index 0 is CTC's blank, then the alphabet file's characters, then a space. */
    private final List<String> alphabet;

    private PaddleTextReader(
            ZooModel<NDList, NDList> detector,
            ZooModel<NDList, NDList> classifier,
            ZooModel<NDList, NDList> recogniser,
            List<String> alphabet) {
        this.detector = detector;
        this.classifier = classifier;
        this.recogniser = recogniser;
        this.alphabet = alphabet;
    }

    /** @param ocrPackage the folder {@link org.taxonomist.models.store.ModelStore#ocrPackage()} returns */
    public static PaddleTextReader open(Path ocrPackage) {
        Path assets = ocrPackage.resolve("assets");
        List<ZooModel<NDList, NDList>> loaded = new ArrayList<>();
        try {
            List<String> alphabet = new ArrayList<>();
            alphabet.add("");
            alphabet.addAll(Files.readAllLines(assets.resolve("ppocr_keys_v1.txt"), StandardCharsets.UTF_8));
            alphabet.add(" ");
            for (String name : List.of(
                    "ch_PP-OCRv4_det_infer.onnx",
                    "ch_ppocr_mobile_v2.0_cls_infer.onnx",
                    "ch_PP-OCRv4_rec_infer.onnx")) {
                loaded.add(load(assets.resolve(name)));
            }
            return new PaddleTextReader(loaded.get(0), loaded.get(1), loaded.get(2), alphabet);
        } catch (IOException | ModelNotFoundException | MalformedModelException | RuntimeException e) {
            loaded.forEach(ZooModel::close);
            throw new IllegalStateException("Cannot load the OCR models from " + assets + ": " + e.getMessage(), e);
        }
    }

    private static ZooModel<NDList, NDList> load(Path file)
            throws IOException, ModelNotFoundException, MalformedModelException {
        DjlRuntime.engine(DjlRuntime.ONNX_ENGINE);
        return Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(file)
                .optEngine(DjlRuntime.ONNX_ENGINE)
                .optTranslator(new NoopTranslator())
                .build()
                .loadModel();
    }

    /** The lines of text in {@code image}, top to bottom, then left to right. */
    public List<TextLine> read(BufferedImage image) {
        BufferedImage rgb = ImageDecoder.toRgb(image);
        List<TextLine> lines = new ArrayList<>();
        for (TextRegions.Region region : regions(rgb)) {
            BufferedImage crop = upright(cut(rgb, region));
            if (upsideDown(crop)) {
                crop = rotate180(crop);
            }
            recognise(crop, region, rgb.getWidth(), rgb.getHeight()).ifPresent(lines::add);
        }
        return lines;
    }

    private List<TextRegions.Region> regions(BufferedImage rgb) {
        double ratio = Math.min(1.0, DETECTOR_MAX_SIDE / (double) Math.max(rgb.getWidth(), rgb.getHeight()));
        int width = Math.max(32, (int) Math.round(rgb.getWidth() * ratio / 32) * 32);
        int height = Math.max(32, (int) Math.round(rgb.getHeight() * ratio / 32) * 32);
        float[] input = bgrPlanes(resize(rgb, width, height), width, height);
        for (int c = 0; c < 3; c++) {
            for (int i = c * width * height; i < (c + 1) * width * height; i++) {
                input[i] = (input[i] / 255f - DETECTOR_MEAN[c]) / DETECTOR_STD[c];
            }
        }
        float[] probability = run(detector, input, new Shape(1, 3, height, width));
        return TextRegions.find(probability, width, height).stream()
                .map(r -> r.scaled(rgb.getWidth() / (double) width, rgb.getHeight() / (double) height))
                .toList();
    }

    /** The region cut out of the image as a straight rectangle, its top edge on top. */
    private static BufferedImage cut(BufferedImage image, TextRegions.Region region) {
        int width = Math.max(1, (int) Math.round(region.width()));
        int height = Math.max(1, (int) Math.round(region.height()));
        double[] x = region.x();
        double[] y = region.y();
        // Maps the crop's pixels to the image's: (0,0) -> top-left, (w,0) -> top-right, (0,h) -> bottom-left.
        AffineTransform cropToImage = new AffineTransform(
                (x[1] - x[0]) / width,
                (y[1] - y[0]) / width,
                (x[3] - x[0]) / height,
                (y[3] - y[0]) / height,
                x[0],
                y[0]);
        BufferedImage crop = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = crop.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, cropToImage.createInverse(), null);
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("A text box without area: " + region, e);
        } finally {
            g.dispose();
        }
        return crop;
    }

    /** A crop much taller than wide holds text running up or down: turned a quarter anticlockwise (as PaddleOCR). */
    private static BufferedImage upright(BufferedImage crop) {
        if (crop.getHeight() < VERTICAL_RATIO * crop.getWidth()) {
            return crop;
        }
        BufferedImage turned = new BufferedImage(crop.getHeight(), crop.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < turned.getHeight(); y++) {
            for (int x = 0; x < turned.getWidth(); x++) {
                turned.setRGB(x, y, crop.getRGB(crop.getWidth() - 1 - y, x));
            }
        }
        return turned;
    }

    private static BufferedImage rotate180(BufferedImage crop) {
        BufferedImage turned = new BufferedImage(crop.getWidth(), crop.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < crop.getHeight(); y++) {
            for (int x = 0; x < crop.getWidth(); x++) {
                turned.setRGB(crop.getWidth() - 1 - x, crop.getHeight() - 1 - y, crop.getRGB(x, y));
            }
        }
        return turned;
    }

    private boolean upsideDown(BufferedImage crop) {
        float[] probabilities =
                run(classifier, lineInput(crop, CLASSIFIER_WIDTH), new Shape(1, 3, LINE_HEIGHT, CLASSIFIER_WIDTH));
        return probabilities[1] > probabilities[0] && probabilities[1] >= UPSIDE_DOWN_CERTAINTY;
    }

    private java.util.Optional<TextLine> recognise(
            BufferedImage crop, TextRegions.Region region, int width, int height) {
        int inputWidth = Math.max(
                MIN_RECOGNISER_WIDTH, (int) Math.ceil(LINE_HEIGHT * crop.getWidth() / (double) crop.getHeight()));
        float[] steps = run(recogniser, lineInput(crop, inputWidth), new Shape(1, 3, LINE_HEIGHT, inputWidth));
        int classes = alphabet.size();
        StringBuilder text = new StringBuilder();
        double confidence = 0;
        int kept = 0;
        int previous = 0;
        for (int t = 0; t < steps.length / classes; t++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (steps[t * classes + c] > steps[t * classes + best]) {
                    best = c;
                }
            }
            if (best != 0 && best != previous) {
                text.append(alphabet.get(best));
                confidence += steps[t * classes + best];
                kept++;
            }
            previous = best;
        }
        String read = text.toString().strip();
        float score = kept == 0 ? 0 : (float) (confidence / kept);
        if (read.isEmpty() || score < MIN_LINE_SCORE) {
            return java.util.Optional.empty();
        }
        double left = Math.max(0, min(region.x()));
        double top = Math.max(0, min(region.y()));
        double right = Math.min(width, max(region.x()));
        double bottom = Math.min(height, max(region.y()));
        return java.util.Optional.of(new TextLine(
                read, score, (float) (left / width), (float) (top / height), (float) ((right - left) / width), (float)
                        ((bottom - top) / height)));
    }

    /**
     * A crop as the classifier and recogniser take it: scaled to {@value #LINE_HEIGHT} pixels high
     * keeping its proportions (at most {@code inputWidth} wide), BGR scaled to -1..1, zero (mid
     * grey) to the right.
     */
    private static float[] lineInput(BufferedImage crop, int inputWidth) {
        int width = Math.min(inputWidth, (int) Math.ceil(LINE_HEIGHT * crop.getWidth() / (double) crop.getHeight()));
        float[] scaled = bgrPlanes(resize(crop, width, LINE_HEIGHT), width, LINE_HEIGHT);
        float[] input = new float[3 * LINE_HEIGHT * inputWidth];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < LINE_HEIGHT; y++) {
                for (int x = 0; x < width; x++) {
                    input[(c * LINE_HEIGHT + y) * inputWidth + x] =
                            scaled[(c * LINE_HEIGHT + y) * width + x] / 127.5f - 1f;
                }
            }
        }
        return input;
    }

    private static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = resized.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return resized;
    }

    /** Planar blue, green, red, 0-255: the channel order PaddleOCR's networks were trained on (OpenCV's). */
    private static float[] bgrPlanes(BufferedImage image, int width, int height) {
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        int plane = width * height;
        float[] planes = new float[3 * plane];
        for (int i = 0; i < plane; i++) {
            planes[i] = pixels[i] & 0xff;
            planes[plane + i] = (pixels[i] >> 8) & 0xff;
            planes[2 * plane + i] = (pixels[i] >> 16) & 0xff;
        }
        return planes;
    }

    private static float[] run(ZooModel<NDList, NDList> model, float[] input, Shape shape) {
        try (NDManager manager = model.getNDManager().newSubManager();
                Predictor<NDList, NDList> predictor = model.newPredictor()) {
            return predictor
                    .predict(new NDList(manager.create(input, shape)))
                    .get(0)
                    .toFloatArray();
        } catch (TranslateException e) {
            throw new IllegalStateException("The OCR network " + model.getName() + " failed: " + e.getMessage(), e);
        }
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElseThrow();
    }

    @Override
    public void close() {
        detector.close();
        classifier.close();
        recogniser.close();
    }
}
