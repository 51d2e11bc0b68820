package org.taxonomist.models.testdata;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Test data and tools from Debian packages, fetched with {@code apt-get download} (no root needed)
 * and unpacked with {@code dpkg -x} into {@code ${user.home}/.cache/taxonomist/testdata} (or
 * system property {@code taxonomist.testdata}), once. Nothing lands in the source tree: several of
 * these packages are not licensed for redistribution with our code. When apt cannot fetch (no
 * registry, no package lists), the calling test is skipped with the reason, not failed.
 */
public final class DebianPackages {

    private DebianPackages() {}

    /** The cache folder for test data. */
    public static Path cacheRoot() {
        String configured = System.getProperty("taxonomist.testdata");
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "taxonomist", "testdata")
                : Path.of(configured);
    }

    /** The folder into which {@code packages} were all unpacked (as if installed under it). */
    public static synchronized Path unpacked(String... packages) {
        Path root = cacheRoot();
        Path target = root.resolve(String.join("+", packages));
        if (Files.isRegularFile(target.resolve(".complete"))) {
            return target;
        }
        try {
            Files.createDirectories(root);
            try (FileChannel channel = FileChannel.open(
                            root.resolve(".apt.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                if (!Files.isRegularFile(target.resolve(".complete"))) {
                    fetch(root, target, packages);
                }
            }
        } catch (IOException e) {
            Assumptions.abort("Cannot prepare Debian test data " + String.join(", ", packages) + ": " + e.getMessage());
        }
        return target;
    }

    /**
     * Runs a program from an unpacked package, with the package's shared libraries on the library path;
     * returns its exit code. Output goes to {@code log}.
     */
    public static int run(Path unpacked, List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        String libraries =
                unpacked.resolve("usr/lib/x86_64-linux-gnu") + ":" + unpacked.resolve("lib/x86_64-linux-gnu");
        String existing = System.getenv("LD_LIBRARY_PATH");
        builder.environment().put("LD_LIBRARY_PATH", existing == null ? libraries : libraries + ":" + existing);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " timed out");
        }
        return process.exitValue();
    }

    private static void fetch(Path root, Path target, String[] packages) throws IOException {
        Path work = Files.createTempDirectory(root, ".apt-");
        try {
            List<String> command = new ArrayList<>(List.of("apt-get", "download"));
            command.addAll(List.of(packages));
            String output = exec(command, work);
            if (output != null) {
                Assumptions.abort("Skipped: `" + String.join(" ", command) + "` failed, so the Debian test data is not"
                        + " available (no network, or run `apt-get update` first):\n" + output);
            }
            Path unpackedDir = work.resolve("root");
            try (DirectoryStream<Path> debs = Files.newDirectoryStream(work, "*.deb")) {
                for (Path deb : debs) {
                    String failure = exec(List.of("dpkg", "-x", deb.toString(), unpackedDir.toString()), work);
                    if (failure != null) {
                        Assumptions.abort("Skipped: dpkg -x " + deb.getFileName() + " failed:\n" + failure);
                    }
                }
            }
            Files.writeString(
                    unpackedDir.resolve(".complete"), String.join(" ", packages) + "\n", StandardCharsets.UTF_8);
            deleteRecursively(target);
            Files.move(unpackedDir, target);
        } finally {
            deleteRecursively(work);
        }
    }

    /** Runs a command; returns null on success, else its output (or why it could not start). */
    private static String exec(List<String> command, Path directory) {
        try {
            Path log = Files.createTempFile(directory, "log", ".txt");
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return "timed out";
            }
            return process.exitValue() == 0 ? null : Files.readString(log);
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Deletes the file or folder with all it holds; nothing when absent. */
    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
