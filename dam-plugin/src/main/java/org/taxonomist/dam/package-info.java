/**
 * The DAM adapter SPI, the plugin's only way into a DAM: {@link DamAdapter}, what the plugin sees of assets and fields
 * ({@link DamAsset}, {@link TaxonomyFieldDefinition}) and the CDI events a DAM fires ({@link AssetUploaded},
 * {@link AssetUpdated}, {@link AssetSearched}, {@link SearchExpansion}). Connecting another DAM means implementing
 * {@link DamAdapter} and firing these events; the built-in one is {@code org.taxonomist.dam.reference}.
 */
package org.taxonomist.dam;
