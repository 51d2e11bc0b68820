package org.taxonomist.models.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns an asset's bytes into pixels, safely.
 *
 * <p>Why not just {@code ImageIO.read}: it decodes whatever dimensions a header claims (a 100 KB
 * file can ask for gigabytes), it returns a silently half-grey picture for a truncated JPEG (only
 * a warning is raised), and it caches to temp files. Here the format is sniffed from the bytes,
 * the pixel count is checked from the header before decoding, a picture is decoded subsampled to its
 * {@link #WORKING_SIDE} and within {@link #RASTER_BUDGET}, and reader warnings that say data is missing
 * count as errors.
 *
 * <pre>{@code
 * DecodedImage decoded = ImageDecoder.decode(bytes, ImageDecoder.DEFAULT_MAX_PIXELS);
 * BufferedImage rgb = ImageDecoder.toRgb(decoded.image());
 * }</pre>
 */
public final class ImageDecoder {

    /**
     * The most bytes a decoded raster may take; a larger image is decoded subsampled. A 381 KB PNG
     * of 7000 x 7000 16-bit RGBA decodes to 392 MB in full: six at once took the server to 5 GB.
     */
    static final long RASTER_BUDGET = 128L << 20;

    /**
     * The shorter side a picture is decoded to at least: what thumbnails (256 pixels) and model inputs
     * (224-299) take, four times over. A larger picture is decoded subsampled (every n-th pixel, whole
     * n), which keeps a 20 MP photo at 1824 x 1216 pixels (9 MB instead of 80 MB of raster).
     */
    public static final int WORKING_SIDE = 1024;

    /**
     * The default limit on width x height, 250 MP. Decoded at its working size a picture costs time in
     * proportion to its pixels but little memory: on a 2-core VM a 168 MP illustration took 0.7 s as PNG,
     * 0.2 s as JPEG, 1.7-2.0 s as LZW TIFF, under 200 MB of heap (DecodingBench). 250 MP keeps a decompression
     * bomb to a few seconds of one core; a header claiming more is refused before decoding.
     */
    public static final long DEFAULT_MAX_PIXELS = 250_000_000L;

    /** Colour and extra samples a TIFF may declare: CMYK with alpha is 5; multispectral scans have a few more. */
    private static final int MAX_SAMPLES_PER_PIXEL = 16;

    private static final Pattern MISSING_DATA =
            Pattern.compile("premature end|truncat|end of (file|stream|data)|EOF", Pattern.CASE_INSENSITIVE);

    private ImageDecoder() {}

    /**
     * Decodes the first frame (page, or a Photoshop file's composite) of a JPEG, PNG, WebP, GIF, BMP, TIFF or
     * PSD image, turned the way its EXIF orientation says it is seen.
     *
     * @param maxPixels the largest width * height accepted
     * @throws UnsupportedImageFormatException an image format we recognise but do not read (HEIF, RAW, PDF, SVG)
     * @throws UnreadableImageException not an image of a supported format, or truncated / corrupt
     * @throws ImageTooLargeException   the header declares more than {@code maxPixels} pixels
     */
    public static DecodedImage decode(byte[] bytes, long maxPixels) {
        return decode(bytes, maxPixels, RASTER_BUDGET);
    }

    /** As {@link #decode(byte[], long)}, with the decoded pixels bounded to {@code rasterBudget} bytes. */
    static DecodedImage decode(byte[] bytes, long maxPixels, long rasterBudget) {
        ImageFormat format = ImageFormat.of(bytes);
        StoredMetadata metadata = StoredMetadata.of(bytes);
        if (format == ImageFormat.TIFF && metadata.isCameraRaw()) {
            throw new UnsupportedImageFormatException(
                    "camera RAW", "DNG, NEF, ARW or another TIFF whose first image is" + " the camera's preview");
        }
        if (format == ImageFormat.TIFF
                && (metadata.samplesPerPixel() < 1 || metadata.samplesPerPixel() > MAX_SAMPLES_PER_PIXEL)) {
            throw new UnreadableImageException("The image data is truncated or corrupt: it declares "
                    + metadata.samplesPerPixel() + " samples per pixel");
        }
        if (format == ImageFormat.WEBP
                && bytes.length
                        < 8
                                + (ByteBuffer.wrap(bytes, 4, 4)
                                                .order(ByteOrder.LITTLE_ENDIAN)
                                                .getInt()
                                        & 0xFFFFFFFFL)) {
            // TwelveMonkeys decodes a lossless WebP cut short without complaint, the missing part black.
            throw new UnreadableImageException(
                    "The image data is truncated or corrupt: the file ends before the size its header declares");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.id);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format.id + " on the class path");
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        IIOReadWarningListener warningListener = (source, warning) -> warnings.add(warning);
        reader.addIIOReadWarningListener(warningListener);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, format != ImageFormat.PNG); // a PNG's colour profile is in its metadata
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new UnreadableImageException(
                        "The image data is truncated or corrupt: it declares " + width + " x " + height + " pixels");
            }
            if ((long) width * height > maxPixels) {
                throw ImageTooLargeException.overLimit(width, height, maxPixels, "");
            }
            if (format == ImageFormat.WEBP && (long) width * height * Integer.BYTES > rasterBudget) {
                // TwelveMonkeys decodes a WebP whole (4 bytes a pixel) whatever the subsampling: 168 MP ran out of 400
                // MB.
                throw ImageTooLargeException.overLimit(
                        width, height, rasterBudget / Integer.BYTES, " for WebP, which is decoded whole");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height, bytesPerPixel(reader), rasterBudget);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = read(reader, param, width, height);
            if (format == ImageFormat.PNG) {
                image = PngColourProfile.applied(image, reader.getImageMetadata(0));
            }
            Optional<String> missingData =
                    warnings.stream().filter(ImageDecoder::meansMissingData).findFirst();
            if (missingData.isPresent()) {
                throw new UnreadableImageException("The image data is truncated or corrupt: " + missingData.get());
            }
            Orientation orientation = metadata.orientation();
            return orientation.turnsSideways()
                    ? new DecodedImage(orientation.upright(image), format.id, height, width)
                    : new DecodedImage(orientation.upright(image), format.id, width, height);
        } catch (OutOfMemoryError e) {
            // A reader sized an array from a hostile header (fuzzing found TIFFs that ask TwelveMonkeys for gigabytes):
            // that one allocation failed and nothing was held, so the file is refused and the server goes on.
            throw new UnreadableImageException(
                    "The image cannot be decoded in the memory this server has: its header asks"
                            + " for more than there is (probably corrupt)");
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableImageException || e instanceof ImageTooLargeException) {
                throw (RuntimeException) e;
            }
            // Corrupt data surfaces from readers as IIOException, EOFException or, in some plugins,
            // as an unchecked exception (index out of bounds, illegal argument, ...).
            throw new UnreadableImageException("The image data is truncated or corrupt: " + describe(e), e);
        } finally {
            reader.dispose();
        }
    }

    private static BufferedImage read(ImageReader reader, ImageReadParam param, int width, int height)
            throws IOException {
        try {
            return reader.read(0, param);
        } catch (IIOException e) {
            // TwelveMonkeys checks the whole picture's bytes, subsampled or not, against half the heap (at most
            // 512 MB) for an input of unknown length: a 168 MP LZW TIFF passes with 4 GB of heap, not with 400 MB.
            if (e.getMessage() != null && e.getMessage().startsWith("Image dimensions imply an allocation")) {
                throw ImageTooLargeException.overMemory(width, height, e.getMessage());
            }
            throw e;
        }
    }

    /**
     * Whether a reader's warning says the picture lacks data. ImageIO reports a truncated JPEG only
     * as a warning ("Premature end of JPEG file") and returns it half grey, so such warnings are
     * refusals. Every other warning is read past: metadata a reader does not use (TwelveMonkeys'
     * "Ignoring unexpected chunk: XMP" for WebP written by photo editors, ICC or EXIF segments) and
     * stray bytes between JPEG markers, which cameras write and every viewer shows.
     */
    static boolean meansMissingData(String warning) {
        return MISSING_DATA.matcher(warning).find();
    }

    /**
     * Every n-th pixel in each direction: as many as keep the shorter side at least {@link #WORKING_SIDE},
     * and enough that the decoded raster fits the budget (a long, narrow panorama); 1 for a picture that
     * is small enough whole. Thumbnails and model inputs are a few hundred pixels wide, so nothing they
     * show is lost.
     */
    static int subsampling(int width, int height, int bytesPerPixel, long budget) {
        double bytes = (double) width * height * bytesPerPixel;
        int toFitTheBudget = bytes <= budget ? 1 : (int) Math.ceil(Math.sqrt(bytes / budget));
        return Math.max(toFitTheBudget, Math.max(1, Math.min(width, height) / WORKING_SIDE));
    }

    /** Bytes per pixel of the decoded raster, at least 4 (it becomes {@code TYPE_INT_RGB} for the models). */
    private static int bytesPerPixel(ImageReader reader) throws IOException {
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        if (raw == null) {
            return 4;
        }
        int bits = 0;
        for (int size : raw.getSampleModel().getSampleSize()) {
            bits += size;
        }
        return Math.max(4, (bits + 7) / 8);
    }

    /**
     * The image as 8-bit sRGB without alpha ({@code TYPE_INT_RGB}); transparent parts are composited on
     * white, as a person would see a transparent PNG on a page. Returns {@code image} itself if it is
     * already {@code TYPE_INT_RGB}.
     */
    public static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        ColorSpace space = image.getColorModel().getColorSpace();
        if (space.getType() == ColorSpace.TYPE_GRAY) {
            return greyToRgb(image);
        }
        if (!space.isCS_sRGB()) {
            // Java 2D would draw the pixels of another RGB space (a PNG's embedded profile) as if they were sRGB.
            BufferedImage converted = new BufferedImage(
                    image.getWidth(),
                    image.getHeight(),
                    image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            new ColorConvertOp(null).filter(image, converted);
            image = converted;
            if (image.getType() == BufferedImage.TYPE_INT_RGB) {
                return image;
            }
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /**
     * Java 2D takes grey pixels as linear light and brightens them on the way to sRGB (29 levels on average
     * for a grey PNG with transparency), but grey files store gamma-encoded values like sRGB ones: grey g is
     * the colour (g, g, g).
     */
    private static BufferedImage greyToRgb(BufferedImage image) {
        Raster raster = image.getRaster();
        ColorModel model = image.getColorModel();
        int width = image.getWidth();
        double greyScale = 255.0 / ((1 << model.getComponentSize(0)) - 1);
        double alphaScale = model.hasAlpha() ? 1.0 / ((1 << model.getComponentSize(1)) - 1) : 0;
        BufferedImage rgb = new BufferedImage(width, image.getHeight(), BufferedImage.TYPE_INT_RGB);
        int[] grey = new int[width];
        int[] alpha = new int[width];
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            raster.getSamples(0, y, width, 1, 0, grey);
            if (model.hasAlpha()) {
                raster.getSamples(0, y, width, 1, 1, alpha);
            }
            for (int x = 0; x < width; x++) {
                double opacity = model.hasAlpha() ? alpha[x] * alphaScale : 1;
                int g = (int) Math.round(grey[x] * greyScale * opacity + 255 * (1 - opacity)); // on white, like toRgb
                row[x] = g << 16 | g << 8 | g;
            }
            rgb.setRGB(0, y, width, 1, row, 0, width);
        }
        return rgb;
    }

    /**
     * A downscaled copy whose longer side is at most {@code maxSide}, aspect ratio kept. Uses repeated
     * halving followed by one bilinear step, which averages every source pixel (a single bilinear
     * step from a large image would alias). Returns {@code image} itself if it already fits.
     */
    public static BufferedImage thumbnail(BufferedImage image, int maxSide) {
        if (maxSide < 1) {
            throw new IllegalArgumentException("maxSide must be positive: " + maxSide);
        }
        int width = image.getWidth();
        int height = image.getHeight();
        if (width <= maxSide && height <= maxSide) {
            return image;
        }
        double scale = maxSide / (double) Math.max(width, height);
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = image;
        while (width / 2 >= targetWidth && height / 2 >= targetHeight) {
            width /= 2;
            height /= 2;
            current = scaled(current, width, height, type);
        }
        return scaled(current, targetWidth, targetHeight, type);
    }

    private static BufferedImage scaled(BufferedImage source, int width, int height, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static String describe(Exception e) {
        if (e instanceof EOFException || e.getCause() instanceof EOFException) {
            return "the file ends too early";
        }
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && (message == null || !message.contains(cause.getMessage()))) {
            message = (message == null ? "" : message + ": ") + cause.getMessage();
        }
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message;
    }
}
