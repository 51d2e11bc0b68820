package org.taxonomist.duplicates.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.duplicates.DuplicateGroup;
import org.taxonomist.duplicates.DuplicatePair;

/** A near-duplicate group: its members side by side (labels, terms) and the pairs a decision on it decides. */
public record DuplicateGroupJson(long id, double similarity, List<Member> assets, List<Pair> pairs) {

    /** A member as the DAM describes it: what tells the copies apart (size, age), its terms and keywords. */
    public record Member(
            long id,
            String label,
            String fileName,
            int width,
            int height,
            long bytes,
            Instant uploadedAt,
            Map<String, List<String>> fields,
            String keywords) {

        static Member of(DamAsset a) {
            DamAsset.Original original = a.original();
            return new Member(
                    a.id(),
                    a.label(),
                    a.fileName(),
                    original.width(),
                    original.height(),
                    original.bytes(),
                    original.uploadedAt(),
                    a.fieldValues(),
                    a.keywords());
        }
    }

    /** A pending pair: how far apart its perceptual hashes are (bits of 64) and how alike its embeddings. */
    public record Pair(long id, long first, long second, int hashDistance, double cosine) {

        static Pair of(DuplicatePair p) {
            return new Pair(p.getId(), p.getFirstAsset(), p.getSecondAsset(), p.getHashDistance(), p.getCosine());
        }
    }

    /** @param assets the DAM's view of an asset, or null when it is gone */
    public static DuplicateGroupJson of(DuplicateGroup group, LongFunction<DamAsset> assets) {
        List<Member> members = group.assetIds().stream()
                .map(assets::apply)
                .filter(Objects::nonNull)
                .map(Member::of)
                .toList();
        return new DuplicateGroupJson(
                group.id(),
                group.similarity(),
                members,
                group.pairs().stream().map(Pair::of).toList());
    }
}
