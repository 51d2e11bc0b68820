package org.taxonomist.dam.reference.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.taxonomist.dam.reference.Asset;
import org.taxonomist.suggestion.rest.SuggestionJson;

/** An asset as the API shows it: metadata, field values and the plugin's suggestions. */
public record AssetJson(long id, String title, String keywords, String fileName, String format, int width, int height,
                        long byteSize, String contentHash, Instant createdAt, String createdBy,
                        Map<String, List<String>> fields, List<SuggestionJson> suggestions, String thumbnail) {

    static AssetJson of(Asset asset, List<SuggestionJson> suggestions) {
        return new AssetJson(asset.getId(), asset.getTitle(), asset.getKeywords(), asset.getFileName(), asset.getFormat(),
                asset.getWidth(), asset.getHeight(), asset.getByteSize(), asset.getContentHash(), asset.getCreatedAt(),
                asset.getCreatedBy(), asset.fieldValues(), suggestions, "/api/assets/" + asset.getId() + "/thumbnail");
    }
}
