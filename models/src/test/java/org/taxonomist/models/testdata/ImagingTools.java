package org.taxonomist.models.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's own image tools, to write every variant of image a DAM holds the way other software writes
 * it: ImageMagick, exiftool, libwebp ({@code cwebp}, {@code dwebp}, {@code img2webp}), libheif's
 * {@code heif-enc}, libtiff's {@code tiff2pdf}, and the free ICC profiles (sRGB, Adobe RGB compatible, Ghostscript's CMYK). Installed
 * with {@code apt-get} when missing and running as root, as the browser test installs Chromium;
 * otherwise the calling test is skipped, saying what to install.
 */
public final class ImagingTools {

    private static final List<String> PACKAGES = List.of(
            "imagemagick",
            "libimage-exiftool-perl",
            "webp",
            "libheif-examples",
            "libtiff-tools",
            "icc-profiles-free",
            "libgs-common");
    /** A file of each package: present when all are installed. */
    private static final List<Path> INSTALLED = List.of(
            Path.of("/usr/bin/convert"),
            Path.of("/usr/bin/exiftool"),
            Path.of("/usr/bin/img2webp"),
            Path.of("/usr/bin/heif-enc"),
            Path.of("/usr/bin/tiff2pdf"),
            Path.of("/usr/share/color/icc/sRGB.icc"),
            Path.of("/usr/share/color/icc/ghostscript/default_cmyk.icc"));
    /** Free ICC profiles installed with the tools. */
    public static final Path SRGB = Path.of("/usr/share/color/icc/sRGB.icc");

    public static final Path ADOBE_RGB = Path.of("/usr/share/color/icc/compatibleWithAdobeRGB1998.icc");
    public static final Path CMYK = Path.of("/usr/share/color/icc/ghostscript/default_cmyk.icc");

    private static boolean checked;

    private ImagingTools() {}

    /** The tools; installs them first if needed and possible, else skips the calling test. */
    public static synchronized ImagingTools ready() {
        if (!checked) {
            if (!installed() && "root".equals(System.getProperty("user.name"))) {
                exec(List.of("apt-get", "update"));
                List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "--no-install-recommends"));
                install.addAll(PACKAGES);
                exec(install);
            }
            Assumptions.assumeTrue(
                    installed(),
                    "Skipped: Debian's image tools are needed (as root: apt-get install " + String.join(" ", PACKAGES)
                            + ")");
            checked = true;
            System.out.println("Image tools: " + versions());
        }
        return new ImagingTools();
    }

    private static boolean installed() {
        return INSTALLED.stream().allMatch(Files::exists);
    }

    /** Runs a program ({@code convert}, {@code exiftool}, {@code cwebp}...); fails with its output if it fails. */
    public void run(String program, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        // Absolute: some machines put a stand-in for ImageMagick's convert earlier on the PATH.
        command.add("/usr/bin/" + program);
        command.addAll(List.of(args));
        Outcome outcome = exec(command);
        if (outcome.exit() != 0) {
            throw new IOException(
                    String.join(" ", command) + " failed (exit " + outcome.exit() + "): " + outcome.output());
        }
    }

    private static String versions() {
        return String.join(
                "; ",
                exec(List.of("/usr/bin/convert", "-version"))
                        .output()
                        .lines()
                        .findFirst()
                        .orElse("convert ?"),
                "exiftool "
                        + exec(List.of("/usr/bin/exiftool", "-ver")).output().strip(),
                "libwebp "
                        + exec(List.of("/usr/bin/cwebp", "-version")).output().strip());
    }

    private record Outcome(int exit, String output) {}

    /** Runs {@code command} to its end; exit -1 when it could not start or ran over ten minutes. */
    private static Outcome exec(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Outcome(-1, "timed out");
            }
            return new Outcome(process.exitValue(), out);
        } catch (IOException e) {
            return new Outcome(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "interrupted");
        }
    }
}
