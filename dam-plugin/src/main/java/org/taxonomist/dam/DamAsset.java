package org.taxonomist.dam;

import java.util.List;
import java.util.Map;

/**
 * What the plugin sees of an asset: its identity, title and file name, content hash, free-text keywords (null when it has
 * none) and current field values.
 */
public record DamAsset(
        long id,
        String title,
        String fileName,
        String contentHash,
        String keywords,
        Map<String, List<String>> fieldValues) {

    /** The title when there is one, else the file name: how people name the asset. */
    public String label() {
        return title == null || title.isBlank() ? fileName : title;
    }

    public List<String> values(String field) {
        return fieldValues.getOrDefault(field, List.of());
    }
}
