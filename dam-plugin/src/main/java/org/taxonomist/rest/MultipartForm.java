package org.taxonomist.rest;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.taxonomist.config.UploadTooLargeException;
import org.taxonomist.failure.InvalidRequestException;

/** A {@code multipart/form-data} request's parts, each read within a bound so that no request fills the memory. */
public record MultipartForm(List<EntityPart> parts) {

    /** The most bytes of a text part that are read. */
    static final int MAX_TEXT_BYTES = 10_000;

    public Optional<EntityPart> part(String name) {
        return parts.stream().filter(p -> p.getName().equals(name)).findFirst();
    }

    /** A text part's value (its first {@value #MAX_TEXT_BYTES} bytes), or null when absent. */
    public String text(String name) {
        return part(name)
                .map(p -> new String(read(p, MAX_TEXT_BYTES), StandardCharsets.UTF_8))
                .orElse(null);
    }

    /** The file part that must be there. */
    public EntityPart file(String name) {
        return part(name)
                .orElseThrow(() ->
                        new InvalidRequestException("Send the image as the multipart part named '" + name + "'."));
    }

    /**
     * A part's bytes, refused whole when there are more than {@code maxBytes}.
     *
     * @throws UploadTooLargeException beyond {@code maxBytes}
     */
    public static byte[] bytes(EntityPart part, long maxBytes) {
        byte[] bytes = read(part, (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new UploadTooLargeException(maxBytes);
        }
        return bytes;
    }

    private static byte[] read(EntityPart part, int atMost) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes(atMost);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload was interrupted", e);
        }
    }
}
