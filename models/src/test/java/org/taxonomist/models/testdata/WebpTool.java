package org.taxonomist.models.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * libwebp's own command-line tools ({@code cwebp}, {@code dwebp}, {@code webpmux} from Debian's {@code webp}), to
 * make real WebP files and reference decodings in tests. Skips the calling test when apt cannot
 * fetch the package.
 */
public final class WebpTool {

    private final Path unpacked = DebianPackages.unpacked("webp", "libwebpdemux2", "libwebpmux3");
    private final Path work;

    /** Tools that write their files and logs into {@code work}. */
    public WebpTool(Path work) {
        this.work = work;
    }

    /** A test photo encoded by {@code cwebp} with the given options ("-q", "80" or "-lossless"). */
    public Path encode(String photo, String... options) throws IOException {
        Path out = work.resolve(photo + String.join("", options) + ".webp");
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(List.of(TestImages.photo(photo).toString(), "-o", out.toString()));
        run("cwebp", args);
        return out;
    }

    /** Runs one of the package's programs; fails with its output if it fails. */
    public void run(String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(unpacked.resolve("usr/bin").resolve(name).toString());
        command.addAll(args);
        Path log = work.resolve(name + ".log");
        try {
            int exit = DebianPackages.run(unpacked, command, log);
            if (exit != 0) {
                throw new IOException(name + " failed (exit " + exit + "): " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(name + " was interrupted", e);
        }
    }
}
