package org.taxonomist.dam;

/** Fired by the DAM after a search, so the plugin can learn from what users look for. */
public record AssetSearched(String query, long hits, String user) {
}
