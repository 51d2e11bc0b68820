/**
 * Backbones: pre-trained networks as embedding functions ({@link Backbone}), opened from spec strings such as
 * {@code nsfwjs:mobilenet_v2} ({@link Backbones}, {@link BackboneSpec}), and {@link EmbeddingPipeline}, which embeds
 * many files with decoding overlapped. Only the interfaces live here: implementations register as
 * {@link BackboneProvider}s through {@link java.util.ServiceLoader}, the bundled ones from
 * {@code org.taxonomist.models.djl}, so this package needs no DJL.
 */
package org.taxonomist.models.backbone;
