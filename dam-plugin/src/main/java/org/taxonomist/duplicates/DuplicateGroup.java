package org.taxonomist.duplicates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Assets linked by undecided near-duplicate pairs, what a librarian decides at once: keep one and merge the others
 * into it, or keep all. Only pending pairs link, so a decided group stays decided and an asset joining it later
 * forms a group with just the members it pairs with.
 *
 * @param assetIds   ascending (the first is the oldest)
 * @param pairs      the pending pairs among them
 * @param similarity the lowest cosine of its pairs: every pair is at least this alike
 */
public record DuplicateGroup(List<Long> assetIds, List<DuplicatePair> pairs, double similarity) {

    /** The lowest id of its pairs: stable while the group's pairs are. */
    public long id() {
        return pairs.stream().mapToLong(DuplicatePair::getId).min().orElseThrow();
    }

    public List<Long> pairIds() {
        return pairs.stream().map(DuplicatePair::getId).toList();
    }

    /** The groups that pending pairs form (connected assets), most alike first, then oldest first. */
    public static List<DuplicateGroup> of(Collection<DuplicatePair> pendingPairs) {
        Map<Long, Long> parent = new HashMap<>();
        for (DuplicatePair pair : pendingPairs) {
            long a = root(parent, pair.getFirstAsset());
            long b = root(parent, pair.getSecondAsset());
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b));
            }
        }
        Map<Long, List<DuplicatePair>> byRoot = new TreeMap<>();
        for (DuplicatePair pair : pendingPairs) {
            byRoot.computeIfAbsent(root(parent, pair.getFirstAsset()), r -> new ArrayList<>())
                    .add(pair);
        }
        return byRoot.values().stream()
                .map(DuplicateGroup::ofConnected)
                .sorted(Comparator.comparingDouble(DuplicateGroup::similarity)
                        .reversed()
                        .thenComparing(g -> g.assetIds().get(0)))
                .toList();
    }

    private static DuplicateGroup ofConnected(List<DuplicatePair> pairs) {
        TreeSet<Long> assets = new TreeSet<>();
        pairs.forEach(p -> {
            assets.add(p.getFirstAsset());
            assets.add(p.getSecondAsset());
        });
        double similarity =
                pairs.stream().mapToDouble(DuplicatePair::getCosine).min().orElseThrow();
        return new DuplicateGroup(List.copyOf(assets), List.copyOf(pairs), similarity);
    }

    private static long root(Map<Long, Long> parent, long asset) {
        long root = asset;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        return root;
    }
}
