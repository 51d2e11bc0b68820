package org.taxonomist.models.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The command line's embedding cache: one little-endian float32 file per image content hash and
 * backbone key, so no image is embedded twice by the same backbone. Lives outside the source tree,
 * under {@code $TAXONOMIST_CACHE} (default {@code ~/.cache/taxonomist}) / embeddings.
 */
final class EmbeddingFiles {

    private final Path root;

    EmbeddingFiles(Path root) {
        this.root = root;
    }

    static EmbeddingFiles fromEnvironment() {
        String cache = System.getenv("TAXONOMIST_CACHE");
        Path base = cache == null || cache.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "taxonomist")
                : Path.of(cache);
        return new EmbeddingFiles(base.resolve("embeddings"));
    }

    Optional<float[]> read(String backboneKey, String contentHash) {
        Path file = file(backboneKey, contentHash);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            float[] vector = new float[bytes.length / Float.BYTES];
            ByteBuffer.wrap(bytes)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .asFloatBuffer()
                    .get(vector);
            return Optional.of(vector);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the cached embedding " + file, e);
        }
    }

    void write(String backboneKey, String contentHash, float[] vector) {
        Path file = file(backboneKey, contentHash);
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "emb", ".tmp");
            Files.write(temp, buffer.array());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedding cache under " + root, e);
        }
    }

    static String contentHash(Path image) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(image)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + image, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private Path file(String backboneKey, String contentHash) {
        return root.resolve(backboneKey.replaceAll("[^A-Za-z0-9._@-]", "_"))
                .resolve(contentHash.substring(0, 2))
                .resolve(contentHash);
    }
}
