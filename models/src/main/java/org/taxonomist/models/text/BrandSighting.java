package org.taxonomist.models.text;

/**
 * A brand name found in the text of an image: the suggestion of a brand term, with what was read and where.
 *
 * @param term       the taxonomy term whose name (or synonym) was found
 * @param seen       the words that matched, as read (case kept), joined by single spaces
 * @param distance   the edit distance between those words and the name, both normalised
 * @param confidence the line's score lowered by the share of the name that had to be edited, 0-1
 * @param line       the line the words were read in, with its box
 */
public record BrandSighting(String term, String seen, int distance, float confidence, TextLine line) {

    /** What a source from text read in an image starts with. */
    public static final String SOURCE_PREFIX = "OCR: ";

    /** The suggestion's source: says it came from text read in the image and what was read, for the reviewer. */
    public String source() {
        return SOURCE_PREFIX + seen;
    }
}
