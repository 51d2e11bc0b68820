package org.taxonomist.models.backbone;

/**
 * What a backbone embeds into, known without opening it: where a search index declares its vector
 * fields at start-up, before any model is loaded (a vector field's dimension is fixed when the index
 * is created).
 *
 * @param backboneKey the backbone's id and version, {@code id@version}, as embeddings are cached by
 * @param dimension   the length of its embeddings
 */
public record EmbeddingSpace(String backboneKey, int dimension) {

    public EmbeddingSpace {
        if (dimension < 1) {
            throw new IllegalArgumentException("An embedding space needs a positive dimension, not " + dimension);
        }
    }

    /** The key embeddings are cached by: {@code id@version}. */
    public static String key(Backbone backbone) {
        return key(backbone.id(), backbone.version());
    }

    public static String key(String id, String version) {
        return id + "@" + version;
    }
}
