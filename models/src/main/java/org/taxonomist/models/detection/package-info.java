/**
 * Object detection around the network: the 80 COCO classes ({@link CocoClasses}), a found object with its box as
 * fractions of the image ({@link DetectedObject}), and CenterNet's decoding of heatmap peaks with per-class non-maximum
 * suppression, in plain Java. The network itself runs in {@link org.taxonomist.models.djl.CocoDetector}; the server
 * suggests the objects it finds for a taxonomy field (Objects by default).
 */
package org.taxonomist.models.detection;
