package org.taxonomist.dam.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.taxonomist.models.similarity.NearestNeighbours;
import org.taxonomist.models.similarity.UnitVectors;

class ImageVectorFieldsTest {

    @Test
    void aBackbonesFieldNameHoldsNoDotsWhichWouldMakeItAPath() {
        assertEquals("unit_nsfwjs-mobilenet_v2_4_3_0", ImageVectorFields.name("nsfwjs-mobilenet_v2@4.3.0"));
    }

    /** An all-zero vector has no direction, so no cosine: such an embedding is left out of the index. */
    @Test
    void onlyVectorsWithALengthAreCompared() {
        assertTrue(ImageVectorFields.comparable(new float[] {0, 0.5f, 0}));
        assertFalse(ImageVectorFields.comparable(new float[] {0, 0, 0}));
        assertFalse(ImageVectorFields.comparable(new float[] {Float.NaN, 1}));
        assertFalse(ImageVectorFields.comparable(new float[] {Float.POSITIVE_INFINITY, 1}));
    }

    /** The index compares unit vectors by dot product: the cosine of the embeddings, whatever their lengths. */
    @Test
    void unitVectorsDotProductIsTheEmbeddingsCosine() {
        float[] a = {3, 4, 0, 1e-3f};
        float[] b = {0.5f, 0, 12, 7};
        float[] unitA = UnitVectors.unit(a);
        float[] unitB = UnitVectors.unit(b);
        assertEquals(1.0, NearestNeighbours.cosine(unitA, unitA), 1e-6);
        assertEquals(NearestNeighbours.cosine(a, b), UnitVectors.dot(unitA, unitB), 1e-6);
        assertEquals(NearestNeighbours.cosine(a, b), NearestNeighbours.cosine(unitA, unitB), 1e-6);
        float[] tiny = UnitVectors.unit(new float[] {1e-25f, 0, 1e-25f});
        assertEquals(Math.sqrt(0.5), tiny[0], 1e-6, "lengths too small for a float's square still scale up");
    }

    /** Lucene scores a cosine match (1 + cos) / 2; people see the cosine. */
    @Test
    void scoresBecomeCosines() {
        assertEquals(1.0, ReferenceImageIndex.cosine(1f), 1e-9);
        assertEquals(0.0, ReferenceImageIndex.cosine(0.5f), 1e-9);
        assertEquals(-1.0, ReferenceImageIndex.cosine(0f), 1e-9);
    }
}
