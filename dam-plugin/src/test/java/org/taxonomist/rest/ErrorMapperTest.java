package org.taxonomist.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.taxonomist.dam.reference.DuplicateAssetException;

/** REST's answer carries what {@code Failure} says, and the stored asset a duplicate upload names (FailureTest has the rest). */
class ErrorMapperTest {

    @Test
    void aDuplicateUploadNamesTheAssetAlreadyStored() {
        ErrorMessage duplicate = ErrorMapper.classify(new RuntimeException("tx", new DuplicateAssetException(42)));
        assertEquals(409, duplicate.status());
        assertEquals(42L, duplicate.existingId());
        assertEquals("This image is already in the DAM as asset 42; it was not stored twice.", duplicate.message());
        assertNull(ErrorMapper.classify(new IllegalStateException("bug")).existingId());
    }
}
