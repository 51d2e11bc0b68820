package org.taxonomist.dam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fired by the DAM before it answers a text search, so that the plugin can add assets the query
 * does not match word for word — those strong in a super-label the query names — each with the
 * reason to show. The DAM lists them after its own hits, strongest first, leaving out the ones it
 * found itself and the ones its other filters exclude; it may have added some of its own before
 * (the reference DAM: its taxonomy's synonyms). Observers run in the search's transaction.
 *
 * <pre>{@code
 * void expand(@Observes SearchExpansion search) {
 *     if (search.query().equalsIgnoreCase("beach scene")) {
 *         search.add(42L, 0.8, "via super-label beach scene");
 *     }
 * }
 * }</pre>
 */
public final class SearchExpansion {

    /**
     * An asset to add to the results, how strongly it belongs (higher first) and why.
     *
     * @param tentative added only when the user asks for every expansion (e.g. through a super-label no librarian
     *     has named yet); otherwise counted, so the user knows what asking would add
     */
    public record Expansion(long assetId, double strength, String reason, boolean tentative) {

        /** A sure expansion is kept over a tentative one, then the stronger. */
        Expansion keep(Expansion other) {
            if (tentative != other.tentative) {
                return tentative ? other : this;
            }
            return strength >= other.strength ? this : other;
        }
    }

    private final String query;
    private final Map<Long, Expansion> byAsset = new LinkedHashMap<>();

    public SearchExpansion(String query) {
        this.query = query;
    }

    public String query() {
        return query;
    }

    /** Adds an asset; one added twice keeps its surer, then stronger, reason. */
    public void add(long assetId, double strength, String reason) {
        byAsset.merge(assetId, new Expansion(assetId, strength, reason, false), Expansion::keep);
    }

    /** Adds an asset the results list only when the user asks for every expansion. */
    public void addTentative(long assetId, double strength, String reason) {
        byAsset.merge(assetId, new Expansion(assetId, strength, reason, true), Expansion::keep);
    }

    /** Strongest first (ties: lower asset id first, so pages are stable). */
    public List<Expansion> expansions() {
        List<Expansion> all = new ArrayList<>(byAsset.values());
        all.sort(Comparator.comparingDouble(Expansion::strength).reversed().thenComparingLong(Expansion::assetId));
        return all;
    }
}
