package org.taxonomist.dam.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImageVectorFieldsTest {

    @Test
    void aBackbonesFieldNameHoldsNoDotsWhichWouldMakeItAPath() {
        assertEquals("embedding_nsfwjs-mobilenet_v2_4_3_0", ImageVectorFields.name("nsfwjs-mobilenet_v2@4.3.0"));
    }

    /** Lucene refuses to compare an all-zero vector by cosine: such an embedding is left out of the index. */
    @Test
    void onlyVectorsWithALengthAreCompared() {
        assertTrue(ImageVectorFields.comparable(new float[] {0, 0.5f, 0}));
        assertFalse(ImageVectorFields.comparable(new float[] {0, 0, 0}));
        assertFalse(ImageVectorFields.comparable(new float[] {Float.NaN, 1}));
        assertFalse(ImageVectorFields.comparable(new float[] {Float.POSITIVE_INFINITY, 1}));
    }

    /** Lucene scores a cosine match (1 + cos) / 2; people see the cosine. */
    @Test
    void scoresBecomeCosines() {
        assertEquals(1.0, ReferenceImageIndex.cosine(1f), 1e-9);
        assertEquals(0.0, ReferenceImageIndex.cosine(0.5f), 1e-9);
        assertEquals(-1.0, ReferenceImageIndex.cosine(0f), 1e-9);
    }
}
