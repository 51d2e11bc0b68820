package org.taxonomist.models.detection;

/**
 * One object found in an image: its class name, the detector's score (0-1) and its box as fractions
 * of the image's width and height (so it fits any rendition of the image).
 *
 * @param label  the class, e.g. {@code cup}
 * @param score  the detector's confidence, 0-1
 * @param left   left edge, fraction of the width
 * @param top    top edge, fraction of the height
 * @param width  fraction of the width
 * @param height fraction of the height
 */
public record DetectedObject(String label, float score, float left, float top, float width, float height) {}
