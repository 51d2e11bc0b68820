package org.taxonomist.dam.reference.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.taxonomist.dam.reference.Asset;
import org.taxonomist.suggestion.rest.SuggestionJson;

/**
 * An asset as the API shows it: metadata, field values and the plugin's suggestions.
 *
 * @param tagging the plugin's tagging of the asset (see {@code TaggingTasks.state}); absent in search hits
 * @param via     why a search listed an asset its query does not match ("via super-label beach scene"); absent otherwise
 */
public record AssetJson(long id, String title, String keywords, String fileName, String format, int width, int height,
                        long byteSize, String contentHash, Instant createdAt, String createdBy,
                        Map<String, List<String>> fields, List<SuggestionJson> suggestions, String tagging, String thumbnail,
                        String via) {

    static AssetJson of(Asset asset, List<SuggestionJson> suggestions, String tagging) {
        return hit(asset, suggestions, tagging, null);
    }

    static AssetJson hit(Asset asset, List<SuggestionJson> suggestions, String tagging, String via) {
        return new AssetJson(asset.getId(), asset.getTitle(), asset.getKeywords(), asset.getFileName(), asset.getFormat(),
                asset.getWidth(), asset.getHeight(), asset.getByteSize(), asset.getContentHash(), asset.getCreatedAt(),
                asset.getCreatedBy(), asset.fieldValues(), suggestions, tagging, "/api/assets/" + asset.getId() + "/thumbnail", via);
    }
}
