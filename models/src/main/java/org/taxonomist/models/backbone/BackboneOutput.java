package org.taxonomist.models.backbone;

/**
 * What a backbone says about one image, from one forward pass.
 *
 * @param embedding        the image's vector (length {@link Backbone#dimension()})
 * @param pretrainedScores the network's own class probabilities, in the order of
 *                         {@link Backbone#pretrainedLabels()} (they sum to 1)
 */
public record BackboneOutput(float[] embedding, float[] pretrainedScores) {}
