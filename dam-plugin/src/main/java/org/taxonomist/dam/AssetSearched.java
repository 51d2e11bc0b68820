package org.taxonomist.dam;

/**
 * Fired by the DAM after a search, so the plugin can learn from what users look for.
 *
 * @param hits     assets the query itself or the taxonomy's synonyms matched
 * @param expanded assets the plugin added after them through a {@link SearchExpansion} (already-matched ones not counted)
 */
public record AssetSearched(String query, long hits, long expanded, String user) {}
