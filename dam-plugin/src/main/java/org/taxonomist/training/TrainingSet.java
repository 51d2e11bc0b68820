package org.taxonomist.training;

import java.util.List;
import java.util.Map;

/**
 * A field's labelled assets as the models see them: row i is asset {@code assetIds[i]}, its
 * labels over the field's terms, and its embedding by every loaded backbone.
 */
public record TrainingSet(
        String field, List<String> terms, long[] assetIds, boolean[][] labels, Map<String, float[][]> embeddings) {

    public int size() {
        return assetIds.length;
    }
}
