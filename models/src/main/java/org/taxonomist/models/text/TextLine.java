package org.taxonomist.models.text;

/**
 * One line of text read in an image: what it says, how sure the recogniser was, and its box as
 * fractions of the image's width and height (the axis-aligned box around the possibly rotated
 * text, so it fits any rendition of the image).
 *
 * @param text   the text read, as written (case kept)
 * @param score  the recogniser's mean character confidence, 0-1
 * @param left   left edge, fraction of the width
 * @param top    top edge, fraction of the height
 * @param width  fraction of the width
 * @param height fraction of the height
 */
public record TextLine(String text, float score, float left, float top, float width, float height) {}
