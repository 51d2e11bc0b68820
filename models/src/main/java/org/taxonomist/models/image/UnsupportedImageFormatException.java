package org.taxonomist.models.image;

/** The file is of a format we recognise but do not read (HEIF, camera RAW, PDF, SVG, a video...). */
public class UnsupportedImageFormatException extends UnreadableImageException {

    /**
     * @param format      the format's short name, e.g. {@code HEIF} or {@code CR2}
     * @param description what it is, e.g. {@code High Efficiency Image File Format}
     */
    public UnsupportedImageFormatException(String format, String description) {
        super("The file is in the " + format + " format (" + description + "), which is not read here; save the picture"
                + " as JPEG, PNG, WebP or TIFF and upload that");
    }
}
