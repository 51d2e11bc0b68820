package org.taxonomist.web;

import java.io.Serializable;
import java.util.Locale;
import org.taxonomist.tagging.FoundObject;
import org.taxonomist.tagging.ReadLine;

/**
 * An object the detector found, or a line of text read, as the asset page draws it over the image:
 * its box as CSS percentages of the image (formatted with a dot whatever the locale, for the style
 * attribute).
 */
public record ObjectBoxRow(String label, long percent, String left, String top, String width, String height)
        implements Serializable {

    public static ObjectBoxRow of(FoundObject found) {
        return new ObjectBoxRow(
                found.getLabel(),
                Math.round(found.getScore() * 100),
                css(found.getLeft()),
                css(found.getTop()),
                css(found.getWidth()),
                css(found.getHeight()));
    }

    public static ObjectBoxRow of(ReadLine line) {
        return new ObjectBoxRow(
                line.getText(),
                Math.round(line.getScore() * 100),
                css(line.getLeft()),
                css(line.getTop()),
                css(line.getWidth()),
                css(line.getHeight()));
    }

    private static String css(float fraction) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    /** The style that places the box. */
    public String style() {
        return "left:" + left + ";top:" + top + ";width:" + width + ";height:" + height;
    }
}
