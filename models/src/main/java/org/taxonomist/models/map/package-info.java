/**
 * The collection on a map: embeddings projected to two dimensions (principal components, then UMAP), new assets
 * placed among their nearest neighbours without recomputing the map, and how well the map keeps neighbourhoods.
 */
package org.taxonomist.models.map;
