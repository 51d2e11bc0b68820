package org.taxonomist.dam.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taxonomist.failure.InvalidRequestException;

class AssetTest {

    private final TaxonomyField assetType = new TaxonomyField("Asset Type", false, List.of("Photo", "Logo"), null);
    private final TaxonomyField subject = new TaxonomyField("Subject", true, List.of("Animals", "Food"), null);

    private Asset asset() {
        return new Asset(new StoredImage("ab".repeat(32), "png", 10, 10, 100), "cat.png", "Cat", null, "alice");
    }

    @Test
    void anEmbeddingIsKeptPerBackboneAndReplacingItWithTheSameChangesNothing() {
        Asset asset = asset();
        assertTrue(asset.putEmbedding("b@1", new byte[] {1, 2, 3, 4}));
        assertFalse(asset.putEmbedding("b@1", new byte[] {1, 2, 3, 4}), "equal bytes: no reindexing");
        assertTrue(asset.putEmbedding("b@1", new byte[] {1, 2, 3, 5}));
        assertTrue(asset.putEmbedding("c@1", new byte[] {1, 2, 3, 5}));
        assertTrue(asset.removeEmbedding("b@1"));
        assertFalse(asset.removeEmbedding("b@1"));
    }

    /** Text longer than its column is refused whole, before anything is stored (it used to fail at commit, leaving the files). */
    @Test
    void titlesAndKeywordsLongerThanTheirColumnsAreRefused() {
        StoredImage image = new StoredImage("ab".repeat(32), "png", 10, 10, 100);
        InvalidRequestException keywords = assertThrows(
                InvalidRequestException.class,
                () -> new Asset(image, "cat.png", "Cat", "k".repeat(Asset.MAX_KEYWORDS + 1), "alice"));
        assertEquals("Too long: keywords of 4001 characters; at most 4000 are allowed.", keywords.getMessage());
        assertThrows(
                InvalidRequestException.class,
                () -> new Asset(image, "cat.png", "t".repeat(Asset.MAX_TITLE + 1), null, "alice"));
        assertEquals(
                Asset.MAX_KEYWORDS,
                new Asset(image, "cat.png", null, "k".repeat(Asset.MAX_KEYWORDS), "alice")
                        .getKeywords()
                        .length());
    }

    @Test
    void singleValuedFieldKeepsOnlyTheLatestTerm() {
        Asset asset = asset();
        assertTrue(asset.addTerm(assetType, "Photo", "alice"));
        assertTrue(asset.addTerm(assetType, "Logo", "bob"));
        assertEquals(Map.of("Asset Type", List.of("Logo")), asset.fieldValues());
        assertEquals("bob", asset.getValues().get(0).getSetBy());
    }

    @Test
    void multiValuedFieldCollectsTermsOnce() {
        Asset asset = asset();
        assertTrue(asset.addTerm(subject, "Animals", "alice"));
        assertTrue(asset.addTerm(subject, "Food", "alice"));
        assertFalse(asset.addTerm(subject, "Food", "bob"));
        assertEquals(List.of("Animals", "Food"), asset.fieldValues().get("Subject"));
        assertTrue(asset.removeTerm("Subject", "Animals"));
        assertFalse(asset.removeTerm("Subject", "Animals"));
        assertEquals(List.of("Food"), asset.fieldValues().get("Subject"));
    }

    @Test
    void uploadKeepsOnlyTheFileNameOfAClientPath() {
        assertEquals("cat.png", AssetUpload.cleanName("C:\\Users\\me\\cat.png"));
        assertEquals("cat.png", AssetUpload.cleanName("/home/me/cat.png"));
        assertEquals("upload", AssetUpload.cleanName("  "));
        assertEquals(255, AssetUpload.cleanName("x".repeat(300)).length());
    }

    @Test
    void contentHashIsTheSha256OfTheBytes() {
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", AssetUpload.sha256(new byte[0]));
    }
}
