package org.taxonomist.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.models.image.ImageDecoder;

/** Bounds on what one upload may be; beyond them the upload is refused with 413. */
@ApplicationScoped
public class UploadLimits {

    @Inject
    @ConfigProperty(name = "taxonomist.upload.max-bytes", defaultValue = "52428800")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "taxonomist.upload.max-pixels", defaultValue = "" + ImageDecoder.DEFAULT_MAX_PIXELS)
    long maxPixels;

    public long maxBytes() {
        return maxBytes;
    }

    public long maxPixels() {
        return maxPixels;
    }
}
