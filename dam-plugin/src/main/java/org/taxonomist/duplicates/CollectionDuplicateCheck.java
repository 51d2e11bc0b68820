package org.taxonomist.duplicates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.models.djl.OlderNeighbours;
import org.taxonomist.models.djl.OlderNeighbours.Neighbour;
import org.taxonomist.models.duplicates.NearDuplicateRule;
import org.taxonomist.models.duplicates.PerceptualHash;
import org.taxonomist.tagging.AssetImageException;
import org.taxonomist.tagging.EmbeddingCache;
import org.taxonomist.tagging.ModelRuntime;

/**
 * Checks the whole collection for near-duplicates at once (the near-duplicates job over all assets): each asset's
 * {@value NearDuplicateFinder#CANDIDATES} most similar older assets by the default backbone, found exactly by
 * {@link OlderNeighbours} rather than by a search of the similar-image index per asset, judged by
 * {@link NearDuplicateRule#DEFAULT} as on upload. Assets never embedded or hashed are embedded first; pairs known
 * before, decided or not, are left as they are.
 */
@ApplicationScoped
public class CollectionDuplicateCheck {

    /** Assets read from the DAM at a time. */
    private static final int PAGE = 1000;

    /** Pairs saved in one transaction. */
    private static final int SAVE_CHUNK = 500;

    @Inject
    DamAdapter dam;

    @Inject
    EmbeddingCache embeddings;

    @Inject
    ModelRuntime runtime;

    @Inject
    NearDuplicateFinder finder;

    /** What a check of the collection did. */
    public record Outcome(int assets, int skipped, int embedded, int found) {}

    /**
     * @param total    told the number of assets to check, once they are read
     * @param progress told how many assets are checked, as it goes
     * @param skipped  told each asset whose image cannot be read (never embedded, so not checked), and why
     */
    public Outcome checkAll(IntConsumer total, IntConsumer progress, BiConsumer<Long, String> skipped) {
        String key = EmbeddingCache.key(runtime.backbone());
        List<DamAsset> assets = allAssets();
        total.accept(assets.size());
        Map<String, float[]> vectors = embeddings.vectors(key);
        Map<String, Long> hashes = embeddings.fingerprints();
        List<DamAsset> checked = new ArrayList<>(assets.size());
        int embedded = 0;
        for (DamAsset asset : assets) {
            if (!vectors.containsKey(asset.contentHash()) || !hashes.containsKey(asset.contentHash())) {
                try {
                    vectors.put(
                            asset.contentHash(),
                            embeddings.embeddings(asset).get(key).vector());
                    embeddings.fingerprint(asset.contentHash()).ifPresent(h -> hashes.put(asset.contentHash(), h));
                    embedded++;
                } catch (AssetImageException e) {
                    skipped.accept(asset.id(), e.getMessage());
                    continue;
                }
            }
            checked.add(asset);
        }
        float[][] rows = checked.stream().map(a -> vectors.get(a.contentHash())).toArray(float[][]::new);
        vectors.clear(); // the rows hold what is needed; the others can go before the matrix is built
        List<List<Neighbour>> nearest = OlderNeighbours.of(rows, NearDuplicateFinder.CANDIDATES, progress);
        List<DuplicatePair> pairs = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            DamAsset asset = checked.get(i);
            for (Neighbour neighbour : nearest.get(i)) {
                DamAsset other = checked.get(neighbour.row());
                long hash = hashes.get(asset.contentHash());
                long otherHash = hashes.get(other.contentHash());
                if (!other.contentHash().equals(asset.contentHash())
                        && NearDuplicateRule.DEFAULT.nearDuplicates(hash, otherHash, neighbour.similarity())) {
                    pairs.add(new DuplicatePair(
                            asset.id(), other.id(), PerceptualHash.distance(hash, otherHash), neighbour.similarity()));
                }
            }
        }
        int found = 0;
        for (int start = 0; start < pairs.size(); start += SAVE_CHUNK) {
            found += finder.keepNew(pairs.subList(start, Math.min(pairs.size(), start + SAVE_CHUNK)));
        }
        progress.accept(assets.size()); // the skipped ones too, as the job's other steps count them
        return new Outcome(assets.size(), assets.size() - checked.size(), embedded, found);
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
