package org.taxonomist.dam.reference.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.taxonomist.dam.reference.Asset;
import org.taxonomist.suggestion.rest.SuggestionJson;
import org.taxonomist.tagging.FoundObject;
import org.taxonomist.tagging.ReadLine;

/**
 * An asset as the API shows it: metadata, field values, the plugin's suggestions and the objects
 * its detector found (label, score, box as fractions of the image: left, top, width, height).
 *
 * @param objects the detector's objects; absent in search hits
 * @param text    the lines of text read in the picture, top to bottom (text, score, box as for objects); absent in
 *                search hits
 * @param tagging the plugin's tagging of the asset (see {@code TaggingTasks.state}); absent in search hits
 * @param via     why a search listed an asset its query does not match ("via super-label beach scene"); absent otherwise
 */
public record AssetJson(
        long id,
        String title,
        String keywords,
        String fileName,
        String format,
        int width,
        int height,
        long byteSize,
        String contentHash,
        Instant createdAt,
        String createdBy,
        Map<String, List<String>> fields,
        List<SuggestionJson> suggestions,
        List<FoundObject> objects,
        List<ReadLine> text,
        String tagging,
        String thumbnail,
        String via) {

    static AssetJson of(
            Asset asset,
            List<SuggestionJson> suggestions,
            List<FoundObject> objects,
            List<ReadLine> text,
            String tagging) {
        return new AssetJson(
                asset.getId(),
                asset.getTitle(),
                asset.getKeywords(),
                asset.getFileName(),
                asset.getFormat(),
                asset.getWidth(),
                asset.getHeight(),
                asset.getByteSize(),
                asset.getContentHash(),
                asset.getCreatedAt(),
                asset.getCreatedBy(),
                asset.fieldValues(),
                suggestions,
                objects,
                text,
                tagging,
                "/api/assets/" + asset.getId() + "/thumbnail",
                null);
    }

    static AssetJson hit(Asset asset, String via) {
        return new AssetJson(
                asset.getId(),
                asset.getTitle(),
                asset.getKeywords(),
                asset.getFileName(),
                asset.getFormat(),
                asset.getWidth(),
                asset.getHeight(),
                asset.getByteSize(),
                asset.getContentHash(),
                asset.getCreatedAt(),
                asset.getCreatedBy(),
                asset.fieldValues(),
                List.of(),
                null,
                null,
                null,
                "/api/assets/" + asset.getId() + "/thumbnail",
                via);
    }
}
