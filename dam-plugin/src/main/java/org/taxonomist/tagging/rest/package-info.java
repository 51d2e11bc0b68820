/**
 * JAX-RS resources of {@code org.taxonomist.tagging}: how many images each backbone has embedded, and forgetting a
 * backbone's embeddings ({@code /api/embeddings}).
 */
package org.taxonomist.tagging.rest;
