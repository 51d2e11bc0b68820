package org.taxonomist.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;

/**
 * Every asset of the collection with its embedding by one backbone and its perceptual hash, read at once for the jobs
 * that look at the whole collection together (near-duplicates over all assets, the map). Assets never embedded or
 * hashed are embedded first; those whose image cannot be read are left out and reported.
 */
@ApplicationScoped
public class CollectionEmbeddings {

    /** Assets read from the DAM at a time. */
    private static final int PAGE = 1000;

    @Inject
    DamAdapter dam;

    @Inject
    EmbeddingCache embeddings;

    /**
     * The collection as read: the assets that have an embedding, ascending by id (older first), their embeddings in
     * the same order, every kept perceptual hash by content hash, the number of assets in the DAM and how many were
     * embedded just now.
     */
    public record Collection(List<DamAsset> assets, float[][] rows, Map<String, Long> hashes, int total, int embedded) {

        public int skipped() {
            return total - assets.size();
        }
    }

    /**
     * @param backboneKey whose embeddings ({@link EmbeddingCache#key})
     * @param total       told the number of assets in the DAM, once they are read
     * @param skipped     told each asset whose image cannot be read, and why
     */
    public Collection read(String backboneKey, IntConsumer total, BiConsumer<Long, String> skipped) {
        List<DamAsset> assets = allAssets();
        total.accept(assets.size());
        Map<String, float[]> vectors = embeddings.vectors(backboneKey);
        Map<String, Long> hashes = embeddings.fingerprints();
        List<DamAsset> read = new ArrayList<>(assets.size());
        int embedded = 0;
        for (DamAsset asset : assets) {
            if (!vectors.containsKey(asset.contentHash()) || !hashes.containsKey(asset.contentHash())) {
                try {
                    vectors.put(
                            asset.contentHash(),
                            embeddings.embeddings(asset).get(backboneKey).vector());
                    embeddings.fingerprint(asset.contentHash()).ifPresent(h -> hashes.put(asset.contentHash(), h));
                    embedded++;
                } catch (AssetImageException e) {
                    skipped.accept(asset.id(), e.getMessage());
                    continue;
                }
            }
            read.add(asset);
        }
        float[][] rows = read.stream().map(a -> vectors.get(a.contentHash())).toArray(float[][]::new);
        return new Collection(read, rows, hashes, assets.size(), embedded);
    }

    /** Every asset, ascending by id (older first), read a page at a time. */
    private List<DamAsset> allAssets() {
        List<DamAsset> all = new ArrayList<>();
        List<DamAsset> page = dam.assetsAfter(Long.MIN_VALUE, PAGE);
        while (!page.isEmpty()) {
            all.addAll(page);
            page = dam.assetsAfter(page.get(page.size() - 1).id(), PAGE);
        }
        return all;
    }
}
