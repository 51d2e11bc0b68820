package org.taxonomist.dam;

import java.util.List;
import java.util.Map;

/**
 * What the plugin sees of an asset: its identity, content hash, free-text keywords (null when it has
 * none) and current field values.
 */
public record DamAsset(long id, String title, String contentHash, String keywords, Map<String, List<String>> fieldValues) {

    public List<String> values(String field) {
        return fieldValues.getOrDefault(field, List.of());
    }
}
