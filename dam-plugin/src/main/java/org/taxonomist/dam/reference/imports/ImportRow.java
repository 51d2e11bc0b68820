package org.taxonomist.dam.reference.imports;

import java.util.List;
import java.util.Map;

/**
 * A manifest row checked and read, ready to be stored: nothing about it can fail any more.
 *
 * @param contentHash SHA-256 of the bytes: an asset that already holds the image is reused
 * @param terms      per taxonomy field, the row's terms (all known to the field)
 */
public record ImportRow(
        int line,
        String fileName,
        byte[] bytes,
        String contentHash,
        String title,
        String keywords,
        Map<String, List<String>> terms) {}
