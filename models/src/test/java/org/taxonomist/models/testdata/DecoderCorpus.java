package org.taxonomist.models.testdata;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoder corpus: every variant of image a corporate DAM holds, written at test time from a real
 * photo (and a logo with transparency) by the programs that write such files, each with a reference
 * rendering by another decoder (ImageMagick, libwebp's {@code dwebp}). Nothing generated is committed.
 *
 * <p>Not generated, because no Debian tool writes them: YCCK JPEG (Photoshop writes it; TwelveMonkeys
 * reads it like CMYK), 12-bit JPEG, camera RAW (stood in for by TIFFs tagged as a camera's raw files are).
 */
public final class DecoderCorpus {

    /**
     * One file of the corpus.
     *
     * @param reference a PNG of the picture as it is seen (8-bit sRGB, transparent parts on white, upright)
     *                  written by a reference decoder
     * @param width     the picture's width as it is seen
     * @param tolerance the largest mean difference from the reference accepted, in levels (0-255) per channel:
     *                  0.5 where decoding is exact, more where decoders may round or convert colours differently
     */
    public record Sample(String name, Path file, Path reference, int width, int height, double tolerance) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** A file of a format that is recognised and refused by name ({@code format}, as the refusal names it). */
    public record Unsupported(String name, Path file, String format) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final int WIDTH = 451;
    private static final int HEIGHT = 300;

    private final Path folder;
    private final ImagingTools tools;
    private final List<Sample> samples = new ArrayList<>();
    private final List<Unsupported> unsupported = new ArrayList<>();

    private DecoderCorpus(Path folder, ImagingTools tools) {
        this.folder = folder;
        this.tools = tools;
    }

    /** Writes the corpus into {@code folder}; skips the calling test when the tools cannot be installed. */
    public static DecoderCorpus writeInto(Path folder) throws IOException {
        DecoderCorpus corpus = new DecoderCorpus(folder, ImagingTools.ready());
        corpus.write();
        return corpus;
    }

    public List<Sample> samples() {
        return samples;
    }

    public List<Unsupported> unsupported() {
        return unsupported;
    }

    /** The mean absolute difference per channel of two pictures of one size, in levels (0-255). */
    public static double meanDifference(BufferedImage expected, BufferedImage actual) {
        long total = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    total += Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF));
                }
            }
        }
        return total / (3.0 * expected.getWidth() * expected.getHeight());
    }

    /** {@code image} scaled to {@code width} x {@code height}, each pixel the average of those it covers. */
    public static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.drawImage(image.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }

    private void write() throws IOException {
        // The cat (451 x 300, wider than high so that a wrong turn shows) without its profile: plain sRGB.
        Path photo = convert("photo.png", TestImages.photo(TestImages.CAT).toString(), "-strip");
        Path mirrored = convert("mirrored.png", photo.toString(), "-flop");
        Path logo = convert("logo.png", TestImages.photo(TestImages.LOGO).toString(), "-strip");
        String srgb = ImagingTools.SRGB.toString();

        Path jpeg = convert("baseline.jpg", photo.toString(), "-quality", "92");
        sample("jpeg-baseline", jpeg, reference(jpeg), 1.0);
        Path progressive = convert("progressive.jpg", photo.toString(), "-quality", "92", "-interlace", "JPEG");
        sample("jpeg-progressive", progressive, reference(progressive), 1.0);
        String adobe = ImagingTools.ADOBE_RGB.toString();
        // References assign the profile (a no-op where the file embeds it), then convert to sRGB.
        String[] fromAdobeRgb = {"-profile", adobe, "-profile", srgb};
        Path adobeRgb =
                convert("adobe-rgb.jpg", photo.toString(), "-profile", srgb, "-profile", adobe, "-quality", "92");
        sample("jpeg-adobe-rgb-profile", adobeRgb, reference(adobeRgb, fromAdobeRgb), 1.5);
        Path cmyk = convert(
                "cmyk.jpg",
                photo.toString(),
                "-profile",
                srgb,
                "-profile",
                ImagingTools.CMYK.toString(),
                "-quality",
                "92");
        sample("jpeg-cmyk-profile", cmyk, reference(cmyk, "-profile", srgb), 1.5);
        Path plainCmyk = convert("cmyk-plain.jpg", photo.toString(), "-colorspace", "CMYK", "-quality", "92");
        sample("jpeg-cmyk-no-profile", plainCmyk, reference(plainCmyk, "-colorspace", "sRGB"), 1.5);
        String[] turns = {"", "-flop", "-rotate 180", "-flip", "-transpose", "-rotate 90", "-transverse", "-rotate 270"
        };
        for (int tag = 1; tag <= 8; tag++) {
            Path oriented = exif(jpeg, "orientation-" + tag + ".jpg", "-Orientation#=" + tag);
            String[] turn = turns[tag - 1].isEmpty() ? new String[0] : turns[tag - 1].split(" ");
            sample("jpeg-exif-orientation-" + tag, oriented, reference(jpeg, turn), 1.0, tag >= 5);
        }

        Path png16 = convert("16-bit.png", photo.toString(), "-depth", "16");
        sample("png-16-bit", png16, reference(png16), 0.6);
        Path palette =
                convert("palette.png", photo.toString(), "-colors", "200", "PNG8:" + folder.resolve("palette.png"));
        sample("png-palette", palette, reference(palette), 0.5);
        Path grey = convert("grey.png", photo.toString(), "-colorspace", "Gray");
        sample("png-grey", grey, reference(grey), 0.5);
        Path grey16 = convert("grey-16-bit.png", photo.toString(), "-colorspace", "Gray", "-depth", "16");
        sample("png-grey-16-bit", grey16, reference(grey16), 0.6);
        Path greyAlpha =
                convert("grey-alpha.png", logo.toString(), "-colorspace", "Gray", "-define", "png:color-type=4");
        sample("png-grey-alpha", greyAlpha, reference(greyAlpha), 0.5, false, 500, 500);
        // ImageMagick converts the pixels to Adobe RGB but writes no iCCP chunk; exiftool embeds the profile.
        Path adobeRgbPng = convert("adobe-rgb.png", photo.toString(), "-profile", srgb, "-profile", adobe);
        Path iccp = exif(adobeRgbPng, "iccp.png", "-ICC_Profile<=" + adobe);
        sample("png-iccp-adobe-rgb", iccp, reference(adobeRgbPng, fromAdobeRgb), 1.5);
        Path interlaced = convert("interlaced.png", photo.toString(), "-interlace", "PNG");
        sample("png-interlaced", interlaced, reference(interlaced), 0.5);
        Path pngTurned = exif(photo, "orientation-6.png", "-Orientation#=6");
        sample("png-exif-orientation-6", pngTurned, reference(photo, "-rotate", "90"), 0.5, true);

        Path lossy = webp("lossy.webp", photo, "-q", "80");
        // -nofancy: TwelveMonkeys upsamples chroma by replication, dwebp by default with "fancy" filtering.
        sample("webp-lossy", lossy, dwebp(lossy), 1.0);
        Path lossless = webp("lossless.webp", photo, "-lossless");
        sample("webp-lossless", lossless, reference(photo), 0.5);
        Path alpha = webp("alpha.webp", logo, "-q", "90");
        sample("webp-alpha", alpha, reference(dwebp(alpha)), 1.0, false, 500, 500);
        Path webpProfile = webp("adobe-rgb.webp", adobeRgb, "-q", "90", "-metadata", "icc");
        sample("webp-adobe-rgb-profile", webpProfile, reference(dwebp(webpProfile), fromAdobeRgb), 1.5);
        Path tagged = exif(jpeg, "tagged.jpg", "-Artist=Taxonomist", "-Orientation#=1");
        Path withMetadata = webp("metadata.webp", tagged, "-q", "80", "-metadata", "all");
        sample("webp-exif-metadata", withMetadata, dwebp(withMetadata), 1.0);
        // exiftool does not write WebP: cwebp copies the EXIF of a JPEG tagged "turned 90 degrees anticlockwise".
        Path webpTurned =
                webp("orientation-8.webp", folder.resolve("orientation-8.jpg"), "-lossless", "-metadata", "exif");
        sample("webp-exif-orientation-8", webpTurned, reference(jpeg, "-rotate", "270"), 1.0, true);
        Path animatedWebp = folder.resolve("animated.webp");
        tools.run(
                "img2webp",
                "-loop",
                "0",
                "-lossless",
                "-d",
                "500",
                photo.toString(),
                "-d",
                "500",
                mirrored.toString(),
                "-o",
                animatedWebp.toString());
        sample("webp-animated", animatedWebp, reference(photo), 0.5);

        Path gif = convert("animated.gif", "-delay", "50", photo.toString(), mirrored.toString(), "-loop", "0");
        sample("gif-animated", gif, reference(Path.of(gif + "[0]")), 0.5);
        Path bmp = convert("photo.bmp", photo.toString(), "BMP3:" + folder.resolve("photo.bmp"));
        sample("bmp", bmp, reference(photo), 0.5);

        for (String compression : List.of("LZW", "Zip", "JPEG")) {
            Path tiff =
                    convert("photo-" + compression.toLowerCase() + ".tif", photo.toString(), "-compress", compression);
            sample("tiff-" + compression.toLowerCase(), tiff, reference(tiff), compression.equals("JPEG") ? 1.0 : 0.5);
        }
        Path tiffProfile =
                convert("adobe-rgb.tif", photo.toString(), "-profile", srgb, "-profile", adobe, "-compress", "LZW");
        sample("tiff-adobe-rgb-profile", tiffProfile, reference(tiffProfile, fromAdobeRgb), 1.5);
        Path tiff16 = convert("16-bit.tif", photo.toString(), "-depth", "16", "-compress", "Zip");
        sample("tiff-16-bit", tiff16, reference(tiff16), 0.6);
        Path pages = convert("pages.tif", photo.toString(), mirrored.toString(), "-compress", "LZW");
        sample("tiff-multi-page", pages, reference(photo), 0.5);
        Path tiffTurned = exif(folder.resolve("photo-lzw.tif"), "orientation-6.tif", "-Orientation#=6");
        sample("tiff-exif-orientation-6", tiffTurned, reference(photo, "-rotate", "90"), 0.5, true);

        // ImageMagick writes the first image of a list as the PSD's flattened composite, the others as layers.
        Path psd = convert("photo.psd", photo.toString());
        sample("psd", psd, reference(photo), 0.5);
        Path layered = convert("layers.psd", photo.toString(), photo.toString(), mirrored.toString());
        sample("psd-layers", layered, reference(photo), 0.5);

        Path heic = folder.resolve("photo.heic");
        tools.run("heif-enc", "-q", "60", photo.toString(), "-o", heic.toString());
        unsupported.add(new Unsupported("heic", heic, "HEIF"));
        Path avif = folder.resolve("photo.avif");
        tools.run("heif-enc", "-A", "-q", "60", photo.toString(), "-o", avif.toString());
        unsupported.add(new Unsupported("avif", avif, "AVIF"));
        // A DNG is a TIFF with a DNG version; NEF and ARW files start with the camera's reduced-size preview.
        Path tiff = folder.resolve("photo-lzw.tif");
        unsupported.add(new Unsupported("dng", exif(tiff, "photo.dng", "-DNGVersion=1 4 0 0"), "camera RAW"));
        unsupported.add(
                new Unsupported("raw-preview-first", exif(tiff, "preview-first.tif", "-SubfileType#=1"), "camera RAW"));
        Path pdf = folder.resolve("photo.pdf"); // Debian's ImageMagick policy forbids writing PDF
        tools.run("tiff2pdf", "-j", "-o", pdf.toString(), tiff.toString());
        unsupported.add(new Unsupported("pdf", pdf, "PDF"));
        Path svg = Files.writeString(
                folder.resolve("drawing.svg"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80\"><rect width=\"120\" height=\"80\""
                        + " fill=\"#c33\"/></svg>\n");
        unsupported.add(new Unsupported("svg", svg, "SVG"));
    }

    private void sample(String name, Path file, Path reference, double tolerance) {
        sample(name, file, reference, tolerance, false);
    }

    private void sample(String name, Path file, Path reference, double tolerance, boolean sideways) {
        sample(name, file, reference, tolerance, sideways, WIDTH, HEIGHT);
    }

    private void sample(
            String name, Path file, Path reference, double tolerance, boolean sideways, int width, int height) {
        samples.add(new Sample(name, file, reference, sideways ? height : width, sideways ? width : height, tolerance));
    }

    /** ImageMagick's {@code convert} with the given arguments, writing {@code name} (the last argument added here). */
    private Path convert(String name, String... args) throws IOException {
        Path out = folder.resolve(name);
        List<String> all = new ArrayList<>(List.of(args));
        if (all.stream().noneMatch(a -> a.endsWith(":" + out))) {
            all.add(out.toString());
        }
        tools.run("convert", all.toArray(String[]::new));
        return out;
    }

    /** ImageMagick's rendering of {@code file} after {@code operations}, as 8-bit sRGB on white. */
    private Path reference(Path file, String... operations) throws IOException {
        List<String> args = new ArrayList<>(List.of(file.toString()));
        args.addAll(List.of(operations));
        args.addAll(List.of("-background", "white", "-alpha", "remove", "-alpha", "off", "-depth", "8"));
        Path out = folder.resolve(
                "reference-" + file.getFileName().toString().replace("[0]", "") + "-" + samples.size() + ".png");
        args.add("PNG24:" + out);
        tools.run("convert", args.toArray(String[]::new));
        return out;
    }

    /** A copy of {@code source} with exiftool's tag assignments applied. */
    private Path exif(Path source, String name, String... assignments) throws IOException {
        Path out = folder.resolve(name);
        List<String> args = new ArrayList<>(List.of("-q", "-n"));
        args.addAll(List.of(assignments));
        args.addAll(List.of("-o", out.toString(), source.toString()));
        tools.run("exiftool", args.toArray(String[]::new));
        return out;
    }

    private Path webp(String name, Path source, String... options) throws IOException {
        Path out = folder.resolve(name);
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(List.of("-quiet", source.toString(), "-o", out.toString()));
        tools.run("cwebp", args.toArray(String[]::new));
        return out;
    }

    /** libwebp's own decoding of {@code webp}. */
    private Path dwebp(Path webp) throws IOException {
        Path out = folder.resolve("dwebp-" + webp.getFileName() + ".png");
        tools.run("dwebp", "-quiet", "-nofancy", webp.toString(), "-o", out.toString());
        return out;
    }
}
