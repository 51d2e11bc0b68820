package org.taxonomist.dam.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.config.TaxonomistHome;
import org.taxonomist.dam.AssetDeleted;
import org.taxonomist.models.image.ImageDecoder;

/**
 * Originals, thumbnails and previews on disk, addressed by the SHA-256 of the original. Files are written
 * to a temporary name and moved into place, so a crash never leaves half a file under a real name.
 * A preview (a JPEG any browser shows, whatever the original's format) is made on its first request,
 * so assets stored before previews existed get one too.
 *
 * <p>They live in the home folder, or in {@code taxonomist.files} ({@code TAXONOMIST_FILES}): the folder that several
 * servers on one database share (a network file system), since any of them may tag, retag or show any asset.
 */
@ApplicationScoped
public class AssetFiles {

    static final int THUMBNAIL_SIDE = 256;
    /** Large enough to judge a picture on a laptop screen, small enough to load at once. */
    static final int PREVIEW_SIDE = 1280;

    private static final Logger LOG = Logger.getLogger(AssetFiles.class.getName());

    @Inject
    TaxonomistHome home;

    @Inject
    @ConfigProperty(name = "taxonomist.files")
    Optional<String> files;

    public void store(String contentHash, byte[] original, BufferedImage image) {
        writeAtomically(original(contentHash), original);
        writeJpeg(ImageDecoder.thumbnail(ImageDecoder.toRgb(image), THUMBNAIL_SIDE), thumbnail(contentHash));
    }

    /** The preview of a stored original, made now if it has none yet. */
    public Path preview(String contentHash) {
        Path target = previewFile(contentHash);
        if (!Files.exists(target)) {
            BufferedImage image = ImageDecoder.decode(read(contentHash), ImageDecoder.DEFAULT_MAX_PIXELS)
                    .image();
            writeJpeg(ImageDecoder.thumbnail(ImageDecoder.toRgb(image), PREVIEW_SIDE), target);
        }
        return target;
    }

    private static void writeJpeg(BufferedImage image, Path target) {
        try {
            Path temp = Files.createTempFile(target.getParent(), "jpeg", ".tmp");
            ImageIO.write(image, "jpeg", temp.toFile());
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /**
     * A deleted asset's files go once its deletion is committed (never before: a rolled-back deletion keeps its
     * asset whole); a file left by a crash in between is only unused disk.
     */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssetDeleted deleted) {
        String hash = deleted.contentHash();
        for (Path file : List.of(original(hash), thumbnail(hash), previewFile(hash))) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete " + file + " of deleted asset " + deleted.assetId(), e);
            }
        }
    }

    public byte[] read(String contentHash) {
        try {
            return Files.readAllBytes(original(contentHash));
        } catch (IOException e) {
            throw new UncheckedIOException("The original of asset " + contentHash + " is missing from " + root(), e);
        }
    }

    public Path original(String contentHash) {
        return shard("originals", contentHash).resolve(contentHash);
    }

    public Path thumbnail(String contentHash) {
        return shard("thumbnails", contentHash).resolve(contentHash + ".jpg");
    }

    private Path previewFile(String contentHash) {
        return shard("previews", contentHash).resolve(contentHash + ".jpg");
    }

    private Path shard(String kind, String contentHash) {
        Path folder = root().resolve(kind).resolve(contentHash.substring(0, 2));
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot create " + folder + ": check TAXONOMIST_FILES (or TAXONOMIST_HOME) and its permissions", e);
        }
    }

    private Path root() {
        return files.filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder).toAbsolutePath())
                .orElseGet(home::root);
    }

    private static void writeAtomically(Path target, byte[] bytes) {
        if (Files.exists(target)) {
            return;
        }
        try {
            Path temp = Files.createTempFile(target.getParent(), "upload", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + target, e);
        }
    }
}
