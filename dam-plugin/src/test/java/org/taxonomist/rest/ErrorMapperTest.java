package org.taxonomist.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.ws.rs.NotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.dam.reference.DuplicateAssetException;
import org.taxonomist.dam.reference.UploadTooLargeException;
import org.taxonomist.decision.DecisionConflictException;
import org.taxonomist.models.image.UnreadableImageException;
import org.taxonomist.models.image.UnsupportedImageFormatException;

class ErrorMapperTest {

    @Test
    void findsTheDomainReasonInsideWrappers() {
        ErrorMessage notFound = ErrorMapper.classify(new RuntimeException("tx", new UnknownEntryException("There is no asset 7.")));
        assertEquals(404, notFound.status());
        assertEquals("There is no asset 7.", notFound.message());
    }

    @Test
    void mapsEachKindToItsStatus() {
        ErrorMessage duplicate = ErrorMapper.classify(new DuplicateAssetException(42));
        assertEquals(409, duplicate.status());
        assertEquals(42L, duplicate.existingId());
        assertEquals(413, ErrorMapper.classify(new UploadTooLargeException(10)).status());
        assertEquals(409, ErrorMapper.classify(new DecisionConflictException("taken")).status());
        assertEquals(415, ErrorMapper.classify(new UnsupportedImageFormatException("HEIF", "High Efficiency Image File Format")).status());
        assertEquals(422, ErrorMapper.classify(new UnreadableImageException("The image data is truncated or corrupt")).status());
        assertEquals(409, ErrorMapper.classify(new OptimisticLockException()).status());
        assertEquals(400, ErrorMapper.classify(new IllegalArgumentException("bad")).status());
        ErrorMessage busy = ErrorMapper.classify(new RollbackException("commit", new LockTimeoutException("row held")));
        assertEquals(409, busy.status());
        assertEquals(ErrorMapper.BUSY, busy.message());
    }

    /** Two requests storing the same row at once: the loser's unique-key violation at commit is a 409, not a 500. */
    @Test
    void anIntegrityViolationAtCommitIsAConflict() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        assertEquals(409, ErrorMapper.classify(new RollbackException("commit", new RuntimeException("flush", unique))).status());
        assertEquals(500, ErrorMapper.classify(new SQLException("connection refused", "08001")).status());
    }

    /** JAX-RS reports a parameter it cannot convert as 404; the address was right, the value was not. */
    @Test
    void aParameterOfTheWrongFormIsABadRequest() {
        ErrorMessage wrongForm = ErrorMapper.classify(new NotFoundException(new NumberFormatException("For input string: \"x\"")));
        assertEquals(400, wrongForm.status());
        assertEquals("A parameter of this request has the wrong form: For input string: \"x\"", wrongForm.message());
        assertEquals(404, ErrorMapper.classify(new NotFoundException()).status());
    }

    /** The probe's finding: a bad enum value in a body answered with the Java type's full name. */
    @Test
    void aBadBodySaysWhatIsWrongWithoutJavaPackageNames() {
        ErrorMessage error = ErrorMapper.classify(new JsonbException(
                "Unable to deserialize property 'decision' because of: No enum constant org.taxonomist.decision.Decision.MAYBE"));
        assertEquals(400, error.status());
        assertEquals("The request body is not the JSON this address takes: Unable to deserialize property 'decision' because of:"
                + " No enum constant Decision.MAYBE", error.message());
    }

    @Test
    void hidesInternalDetailsOfUnexpectedFailures() {
        ErrorMessage error = ErrorMapper.classify(new NullPointerException("secret internals"));
        assertEquals(500, error.status());
        assertFalse(error.message().contains("secret"));
    }
}
