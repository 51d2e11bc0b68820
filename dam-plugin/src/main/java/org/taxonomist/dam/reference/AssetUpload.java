package org.taxonomist.dam.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.taxonomist.config.UploadLimits;
import org.taxonomist.config.UploadTooLargeException;
import org.taxonomist.dam.AssetUploaded;
import org.taxonomist.models.image.DecodedImage;
import org.taxonomist.models.image.ImageDecoder;

/**
 * Stores an uploaded image as a new asset. The image is fully decoded before anything is written,
 * so a corrupt, truncated or oversized file leaves no trace; the exact same bytes are never
 * stored twice.
 */
@ApplicationScoped
public class AssetUpload {

    @PersistenceContext
    EntityManager em;

    @Inject
    AssetFiles files;

    @Inject
    UploadLimits limits;

    @Inject
    Event<AssetUploaded> uploaded;

    @Transactional
    public Asset upload(String fileName, byte[] bytes, String title, String keywords, String user) {
        if (bytes.length > limits.maxBytes()) {
            throw new UploadTooLargeException(limits.maxBytes());
        }
        String hash = sha256(bytes);
        existing(hash).ifPresent(existing -> {
            throw new DuplicateAssetException(existing);
        });
        DecodedImage image = ImageDecoder.decode(bytes, limits.maxPixels());
        StoredImage stored = new StoredImage(hash, image.format(), image.width(), image.height(), bytes.length);
        Asset asset = new Asset(
                stored,
                cleanName(fileName),
                blankToNull(title),
                blankToNull(keywords),
                user); // checked before any file is written
        files.store(hash, bytes, image.image());
        em.persist(asset);
        em.flush();
        uploaded.fire(new AssetUploaded(asset.getId()));
        return asset;
    }

    /** The asset that already holds this content (by SHA-256 of the bytes), if any. */
    public Optional<Long> existing(String contentHash) {
        return em.createQuery("select a.id from Asset a where a.contentHash = :hash", Long.class)
                .setParameter("hash", contentHash)
                .getResultStream()
                .findFirst();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Keeps only the last path segment: browsers and clients may send full paths. */
    static String cleanName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
