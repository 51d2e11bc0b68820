package org.taxonomist.models.manifest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One row of a manifest: the image file, its terms (empty = unlabelled) and any further columns
 * by header name. {@code line} is the row's line number in the CSV, for error messages.
 */
public record ManifestEntry(int line, Path file, List<String> labels, Map<String, String> columns) {

    public boolean labelled() {
        return !labels.isEmpty();
    }
}
