package org.taxonomist.duplicates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.models.djl.OlderNeighbours;
import org.taxonomist.models.djl.OlderNeighbours.Neighbour;
import org.taxonomist.models.duplicates.NearDuplicateRule;
import org.taxonomist.models.duplicates.PerceptualHash;
import org.taxonomist.tagging.CollectionEmbeddings;
import org.taxonomist.tagging.EmbeddingCache;
import org.taxonomist.tagging.ModelRuntime;

/**
 * Checks the whole collection for near-duplicates at once (the near-duplicates job over all assets): each asset's
 * {@value NearDuplicateFinder#CANDIDATES} most similar older assets by the default backbone, found exactly by
 * {@link OlderNeighbours} rather than by a search of the similar-image index per asset, judged by
 * {@link NearDuplicateRule#DEFAULT} as on upload. Assets never embedded or hashed are embedded first
 * ({@link CollectionEmbeddings}); pairs known before, decided or not, are left as they are.
 */
@ApplicationScoped
public class CollectionDuplicateCheck {

    /** Pairs saved in one transaction. */
    private static final int SAVE_CHUNK = 500;

    @Inject
    CollectionEmbeddings collectionEmbeddings;

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
        CollectionEmbeddings.Collection collection =
                collectionEmbeddings.read(EmbeddingCache.key(runtime.backbone()), total, skipped);
        List<DamAsset> checked = collection.assets();
        Map<String, Long> hashes = collection.hashes();
        List<List<Neighbour>> nearest = OlderNeighbours.of(collection.rows(), NearDuplicateFinder.CANDIDATES, progress);
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
        progress.accept(collection.total()); // the skipped ones too, as the job's other steps count them
        return new Outcome(collection.total(), collection.skipped(), collection.embedded(), found);
    }
}
