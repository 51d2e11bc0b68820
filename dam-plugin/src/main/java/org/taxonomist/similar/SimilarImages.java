package org.taxonomist.similar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.taxonomist.config.UploadLimits;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.SimilarImageIndex;
import org.taxonomist.dam.SimilarImageIndex.NearestQuery;
import org.taxonomist.dam.SimilarImageIndex.Neighbours;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.tagging.CachedEmbedding;
import org.taxonomist.tagging.EmbeddingCache;
import org.taxonomist.tagging.ModelRuntime;

/**
 * Assets that look alike, by their embeddings in the DAM's {@link SimilarImageIndex}: the neighbours of an asset
 * (its page's "Similar images"), or of an image someone brings (search by image, which embeds the image and stores
 * nothing, waiting for the models to load as an upload does). The backbone compared by is the first loaded one the
 * index holds, unless one is named.
 *
 * <pre>{@code
 * Similar near = similarImages.ofAsset(42, new Narrowing("", null, null, "Subject", null), 12);
 * Similar found = similarImages.near(similarImages.embed(bytes, null), new Narrowing("boat", null, null, null, null), 0, 24);
 * }</pre>
 */
@ApplicationScoped
public class SimilarImages {

    @Inject
    Instance<SimilarImageIndex> index;

    @Inject
    ModelRuntime runtime;

    @Inject
    EmbeddingCache embeddings;

    @Inject
    DamAdapter dam;

    @Inject
    UploadLimits limits;

    /**
     * What the neighbours must also be; every part optional.
     *
     * @param text         a full-text query they match
     * @param field        with {@code term}: they carry that term in that field
     * @param unlabelledIn they have no term in this field
     * @param within       they are among these assets (null: any)
     */
    public record Narrowing(String text, String field, String term, String unlabelledIn, Collection<Long> within) {}

    /**
     * The neighbours found, nearest first, by the backbone named; or, when there could be none, why
     * ({@code unavailable}).
     */
    public record Similar(String backboneKey, Neighbours neighbours, String unavailable) {

        static Similar unavailable(String backboneKey, String why) {
            return new Similar(backboneKey, Neighbours.NONE, why);
        }
    }

    /** An image brought to search by, as the backbone embedded it: all a search by image keeps of it. */
    public record QueryImage(String backboneKey, float[] embedding) implements Serializable {}

    /**
     * The assets whose images are nearest the asset's, itself left out.
     *
     * @throws UnknownEntryException no such asset
     */
    public Similar ofAsset(long assetId, Narrowing narrowing, int limit) {
        DamAsset asset =
                dam.asset(assetId).orElseThrow(() -> new UnknownEntryException("There is no asset " + assetId + "."));
        Optional<SimilarImageIndex> found = index();
        if (found.isEmpty()) {
            return Similar.unavailable(null, noIndex());
        }
        if (!runtime.isReady()) {
            return Similar.unavailable(null, "The models are still loading.");
        }
        Optional<String> key = defaultBackbone(found.get());
        if (key.isEmpty()) {
            return Similar.unavailable(null, noBackbone(found.get()));
        }
        Optional<CachedEmbedding> embedding = embeddings.find(asset.contentHash(), key.get());
        if (embedding.isEmpty()) {
            return Similar.unavailable(
                    key.get(),
                    "Its image has not been embedded by " + key.get() + " yet: tagging or the embed job does that.");
        }
        return new Similar(
                key.get(),
                found.get().nearest(query(key.get(), embedding.get().vector(), narrowing, assetId), 0, limit),
                null);
    }

    /**
     * The image embedded (decoded within the upload limits) by the backbone it will be compared by; nothing is kept.
     *
     * @param backboneKey the backbone to compare by ({@code id@version}), or null for the default
     * @throws org.taxonomist.models.image.UnreadableImageException not an image this DAM reads
     * @throws org.taxonomist.models.image.ImageTooLargeException   more pixels than an upload may have
     * @throws InvalidRequestException                               no similar-image index, or no such backbone in it
     */
    public QueryImage embed(byte[] image, String backboneKey) {
        SimilarImageIndex found = index().orElseThrow(() -> new InvalidRequestException(noIndex()));
        String key = backboneKey == null || backboneKey.isBlank()
                ? defaultBackbone(found).orElseThrow(() -> new InvalidRequestException(noBackbone(found)))
                : backboneKey.strip();
        Backbone backbone = runtime.backbones().stream()
                .filter(b ->
                        EmbeddingCache.key(b).equals(key) && found.backbones().contains(key))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(
                        "No backbone " + key + " to search by; there are: " + String.join(", ", searchable(found))));
        float[] embedding = backbone.embed(ImageDecoder.toRgb(
                        ImageDecoder.decode(image, limits.maxPixels()).image()))
                .embedding();
        return new QueryImage(key, embedding);
    }

    /** The assets whose images are nearest to the query image, a page of them. */
    public Similar near(QueryImage image, Narrowing narrowing, int offset, int limit) {
        SimilarImageIndex found = index().orElseThrow(() -> new InvalidRequestException(noIndex()));
        return new Similar(
                image.backboneKey(),
                found.nearest(query(image.backboneKey(), image.embedding(), narrowing, null), offset, limit),
                null);
    }

    /** The backbones one can search by: loaded, and held by the index. */
    private List<String> searchable(SimilarImageIndex found) {
        return runtime.backbones().stream()
                .map(EmbeddingCache::key)
                .filter(found.backbones()::contains)
                .toList();
    }

    private Optional<String> defaultBackbone(SimilarImageIndex found) {
        return searchable(found).stream().findFirst();
    }

    private Optional<SimilarImageIndex> index() {
        return index.isResolvable() ? Optional.of(index.get()) : Optional.empty();
    }

    private static NearestQuery query(String key, float[] embedding, Narrowing narrowing, Long excluded) {
        return new NearestQuery(
                key,
                embedding,
                narrowing.text(),
                narrowing.field(),
                narrowing.term(),
                narrowing.unlabelledIn(),
                narrowing.within(),
                excluded);
    }

    private static String noIndex() {
        return "This DAM has no similar-image index.";
    }

    private String noBackbone(SimilarImageIndex found) {
        return "None of the loaded backbones is in the similar-image index (it holds "
                + String.join(", ", found.backbones()) + "); see taxonomist.backbones.";
    }
}
