package org.taxonomist.models.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local cache of pre-trained models. Nothing is downloaded at run time: {@link ModelFetcher}
 * (run by {@code mvn install} of this module, or {@code taxonomist fetch-models}) fills the store,
 * and the application only reads it, after checking the pinned SHA-256.
 *
 * <p>Layout: {@code <root>/nsfwjs-4.3.0.tgz} (the verified tarball) and {@code <root>/nsfwjs-4.3.0/}
 * (its unpacked {@code package/} folder, LICENSE included, with a marker written last).
 *
 * <p>Root: system property {@value #ROOT_PROPERTY}, else environment variable {@value #ROOT_ENV},
 * else {@code ${user.home}/.cache/taxonomist/models}.
 *
 * <pre>{@code
 * Path nsfwjs = ModelStore.fromEnvironment().nsfwjsPackage();
 * }</pre>
 */
public final class ModelStore {

    public static final String ROOT_PROPERTY = "taxonomist.models";
    public static final String ROOT_ENV = "TAXONOMIST_MODELS";
    static final String MARKER = ".taxonomist-verified";
    static final String FETCH_HINT =
            "Fetch it with `mvn -pl models -am install` (or `./deploy/bin/taxonomist fetch-models`)";

    /** Tarballs already hashed in this JVM, by path, with the size and time they had then. */
    private static final Map<Path, String> VERIFIED = new ConcurrentHashMap<>();

    private final Path root;

    public ModelStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static ModelStore fromEnvironment() {
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ROOT_ENV);
        }
        if (configured == null || configured.isBlank()) {
            return new ModelStore(Path.of(System.getProperty("user.home"), ".cache", "taxonomist", "models"));
        }
        return new ModelStore(Path.of(configured));
    }

    public Path root() {
        return root;
    }

    /** The unpacked nsfwjs 4.3.0 package folder, verified. */
    public Path nsfwjsPackage() {
        return packageDirectory(ModelPackage.NSFWJS);
    }

    /** The unpacked Human 3.3.6 package folder (the COCO detector), verified. */
    public Path humanPackage() {
        return packageDirectory(ModelPackage.HUMAN);
    }

    /** The verified PaddleOCR models' folder (see {@link #nsfwjsPackage()}). */
    public Path ocrPackage() {
        return packageDirectory(ModelPackage.PADDLE_OCR);
    }

    /**
     * The unpacked folder of {@code model}, after checking the tarball's SHA-256 against the pinned
     * value and that unpacking completed.
     *
     * @throws MissingModelException when missing, incomplete or corrupt; the message says what to run
     */
    public Path packageDirectory(ModelPackage model) {
        Path tarball = tarball(model);
        Path directory = directory(model);
        String what = model.npmName() + " " + model.version() + " model";
        if (!Files.isRegularFile(tarball)) {
            throw new MissingModelException("The " + what + " is not in the model store " + root + ". " + FETCH_HINT
                    + "; set " + ROOT_ENV + " or -D" + ROOT_PROPERTY + " to use another folder.");
        }
        String actual = sha256Cached(tarball);
        if (!actual.equals(model.tarballSha256())) {
            throw new MissingModelException("The " + what + " in " + tarball
                    + " is corrupt or not the pinned release (SHA-256 " + actual + ", expected " + model.tarballSha256()
                    + "). Delete it and fetch it again: " + FETCH_HINT + ".");
        }
        if (!isUnpacked(model)) {
            throw new MissingModelException(
                    "The " + what + " in " + root + " is not unpacked completely. " + FETCH_HINT + ".");
        }
        return directory;
    }

    /** Whether the tarball is present with the pinned hash and its unpacked folder is complete. */
    public boolean isPresent(ModelPackage model) {
        try {
            packageDirectory(model);
            return true;
        } catch (MissingModelException e) {
            return false;
        }
    }

    Path tarball(ModelPackage model) {
        return root.resolve(model.baseName() + ".tgz");
    }

    Path directory(ModelPackage model) {
        return root.resolve(model.baseName());
    }

    boolean isUnpacked(ModelPackage model) {
        Path directory = directory(model);
        try {
            Path marker = directory.resolve(MARKER);
            if (!Files.isRegularFile(marker)
                    || !Files.readString(marker).strip().equals(model.tarballSha256())) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        return model.requiredFiles().stream().allMatch(file -> Files.isRegularFile(directory.resolve(file)));
    }

    private static String sha256Cached(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            String key = Files.size(file) + "@" + modified.toMillis();
            String cached = VERIFIED.get(file);
            if (cached != null && cached.startsWith(key + "=")) {
                return cached.substring(key.length() + 1);
            }
            String hash = sha256(file);
            VERIFIED.put(file, key + "=" + hash);
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
