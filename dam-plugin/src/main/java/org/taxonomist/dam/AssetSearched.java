package org.taxonomist.dam;

/**
 * Fired by the DAM after a search, so the plugin can learn from what users look for.
 *
 * @param hits     assets the query itself matched
 * @param expanded assets added after them by a {@link SearchExpansion} (already-matched ones not counted)
 */
public record AssetSearched(String query, long hits, long expanded, String user) {
}
