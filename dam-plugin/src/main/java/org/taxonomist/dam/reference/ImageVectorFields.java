package org.taxonomist.dam.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;
import org.taxonomist.models.backbone.Backbones;
import org.taxonomist.models.backbone.EmbeddingBytes;
import org.taxonomist.models.backbone.EmbeddingSpace;
import org.taxonomist.models.similarity.UnitVectors;

/**
 * The asset index's vector fields: one per backbone of {@code taxonomist.backbones} whose dimension is known before
 * any model loads (the bundled ones), since an index fixes a vector field's dimension when it starts. Vectors go in
 * scaled to unit length and are compared by dot product on the embedded index, which is their cosine at under half the
 * cost: on Java 17 Lucene compares vectors without SIMD, and the comparisons are almost all of a graph search (README,
 * "Near-duplicates at collection scale"); by cosine on OpenSearch, which has no dot product ({@link SearchBackend}).
 * An HNSW graph either way (Hibernate Search's {@code knn}). A backbone added to the configuration gets its field at the next start, and
 * its embeddings go in as the plugin computes them (the {@code embed} job for the assets there already).
 */
public final class ImageVectorFields {

    /** Hibernate Search's largest vector dimension; 4 bytes a float. */
    static final int MAX_DIMENSION = 4096;

    static final int MAX_BYTES = MAX_DIMENSION * Float.BYTES;

    private static final Logger LOG = Logger.getLogger(ImageVectorFields.class.getName());

    private ImageVectorFields() {}

    /**
     * The configured backbones the index has fields for, in configuration order; none when the configuration names a
     * backbone that does not exist (the models fail to load then, and say why; the DAM still starts).
     */
    static List<EmbeddingSpace> spaces() {
        String specs = ConfigProvider.getConfig()
                .getOptionalValue("taxonomist.backbones", String.class)
                .orElse(Backbones.UPLOAD_SPECS);
        try {
            return Backbones.spaces(specs).stream()
                    .filter(space -> space.dimension() <= MAX_DIMENSION)
                    .toList();
        } catch (IllegalArgumentException e) {
            LOG.severe("No similar-image index: taxonomist.backbones=" + specs + " is wrong: " + e.getMessage());
            return List.of();
        }
    }

    /**
     * What the index's documents look like, kept beside it ({@link SearchIndexRecovery}): an index written with another
     * layout is rebuilt at start. 2: unit vectors by dot product, in fields named {@code unit_…} (1 held raw vectors by
     * cosine in fields named {@code embedding_…}, which Lucene would not let change their similarity).
     */
    static final String LAYOUT = "2";

    /** The index field of the backbone's embeddings: its key with what a field name cannot hold (a dot) replaced. */
    static String name(String backboneKey) {
        return "unit_" + backboneKey.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Whether Lucene can compare the vector by cosine: an all-zero or non-finite one it refuses. */
    static boolean comparable(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += (double) value * value;
        }
        return norm > 0 && Double.isFinite(norm);
    }

    /** Declares the fields and fills them from {@code Asset.embeddings}. */
    public static final class Binder implements PropertyBinder {

        @Override
        public void bind(PropertyBindingContext context) {
            context.dependencies().useRootOnly();
            Map<String, IndexFieldReference<float[]>> fields = new LinkedHashMap<>();
            VectorSimilarity similarity = SearchBackend.current().vectorSimilarity();
            for (EmbeddingSpace space : spaces()) {
                fields.put(
                        space.backboneKey(),
                        context.indexSchemaElement()
                                .field(
                                        name(space.backboneKey()),
                                        f -> f.asFloatVector()
                                                .dimension(space.dimension())
                                                .vectorSimilarity(similarity))
                                .toReference());
            }
            context.bridge(Map.class, new Bridge(fields));
        }
    }

    @SuppressWarnings(
            "rawtypes") // the property is a Map<String, byte[]>, which Hibernate Search binds by its raw class
    private record Bridge(Map<String, IndexFieldReference<float[]>> fields) implements PropertyBridge<Map> {

        @Override
        public void write(DocumentElement target, Map embeddings, PropertyBridgeWriteContext context) {
            fields.forEach((backboneKey, field) -> {
                if (embeddings.get(backboneKey) instanceof byte[] bytes) {
                    float[] vector = EmbeddingBytes.floats(bytes);
                    if (comparable(vector)) {
                        target.addValue(field, UnitVectors.unit(vector));
                    }
                }
            });
        }
    }
}
