package org.taxonomist.models.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * What an image file's EXIF says about reading its pixels, read with metadata-extractor (JPEG APP1,
 * PNG eXIf, WebP EXIF, TIFF and PSD). Metadata never refuses a picture: unreadable or hostile
 * metadata counts as none, and the pixels decide.
 */
final class StoredMetadata {

    /** TIFF tag of DNG files (Adobe's raw format, a TIFF whose first image is a preview). */
    private static final int DNG_VERSION = 0xC612;

    private final ExifIFD0Directory first;

    private StoredMetadata(ExifIFD0Directory first) {
        this.first = first;
    }

    static StoredMetadata of(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            return new StoredMetadata(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class));
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            // metadata-extractor reads every directory of hostile files too; it may fail where the decoder does not.
            return new StoredMetadata(null);
        }
    }

    Orientation orientation() {
        try {
            return first != null && first.containsTag(ExifDirectoryBase.TAG_ORIENTATION)
                    ? Orientation.of(first.getInt(ExifDirectoryBase.TAG_ORIENTATION))
                    : Orientation.TOP_LEFT;
        } catch (MetadataException e) {
            return Orientation.TOP_LEFT;
        }
    }

    /**
     * The samples per pixel a TIFF's first image declares (1 when it says nothing). TwelveMonkeys sizes arrays by
     * it before reading a pixel: a 576-byte file found by fuzzing declared 1,551,386,182 and ran a 5 GB heap out.
     */
    long samplesPerPixel() {
        Long samples = first == null ? null : first.getLongObject(ExifDirectoryBase.TAG_SAMPLES_PER_PIXEL);
        return samples == null ? 1 : samples;
    }

    /**
     * Whether a TIFF is a camera's raw file (DNG, Nikon NEF, Sony ARW...): it has a DNG version, or its first
     * image is marked as a reduced-resolution copy of another (the camera's preview, the raw data lies elsewhere).
     */
    boolean isCameraRaw() {
        if (first == null) {
            return false;
        }
        if (first.containsTag(DNG_VERSION)) {
            return true;
        }
        Integer subfileType = first.getInteger(ExifDirectoryBase.TAG_NEW_SUBFILE_TYPE);
        return subfileType != null && (subfileType & 1) == 1;
    }
}
