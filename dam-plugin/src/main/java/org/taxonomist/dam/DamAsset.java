package org.taxonomist.dam;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the plugin sees of an asset: its identity, title and file name, content hash, free-text keywords (null when it has
 * none), current field values, and its original file as the DAM stored it (what a librarian compares copies by).
 */
public record DamAsset(
        long id,
        String title,
        String fileName,
        String contentHash,
        String keywords,
        Map<String, List<String>> fieldValues,
        Original original) {

    /** The stored original: pixels, bytes and when it was uploaded. */
    public record Original(int width, int height, long bytes, Instant uploadedAt) {}

    /** The title when there is one, else the file name: how people name the asset. */
    public String label() {
        return title == null || title.isBlank() ? fileName : title;
    }

    public List<String> values(String field) {
        return fieldValues.getOrDefault(field, List.of());
    }
}
