package org.taxonomist.models.topics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which planted topics a fit found: each matched by a different found topic whose top terms are mostly its own. */
final class Recovery {

    private Recovery() {}

    /**
     * Planted topic → found topic, for the planted topics whose terms make up at least
     * {@code share} of some found topic's top terms; a found topic matches one planted topic at most.
     */
    static Map<Integer, Integer> matched(List<List<String>> planted, List<List<String>> found, double share) {
        Map<Integer, Integer> match = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        for (int p = 0; p < planted.size(); p++) {
            Set<String> own = new HashSet<>(planted.get(p));
            for (int f = 0; f < found.size(); f++) {
                long hits = found.get(f).stream().filter(own::contains).count();
                if (!used.contains(f) && hits >= share * found.get(f).size()) {
                    match.put(p, f);
                    used.add(f);
                    break;
                }
            }
        }
        return match;
    }
}
