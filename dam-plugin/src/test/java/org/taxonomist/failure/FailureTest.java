package org.taxonomist.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.taxonomist.config.UploadTooLargeException;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.dam.reference.DuplicateAssetException;
import org.taxonomist.decision.DecisionConflictException;
import org.taxonomist.models.image.UnreadableImageException;
import org.taxonomist.models.image.UnsupportedImageFormatException;

/** How each failure reads, wherever it shows: REST's status and message, the console's and a bulk outcome's message. */
class FailureTest {

    @Test
    void findsTheDomainReasonInsideWrappers() {
        Failure notFound = Failure.of(new RuntimeException("tx", new UnknownEntryException("There is no asset 7.")));
        assertEquals(404, notFound.status());
        assertTrue(notFound.expected());
        assertEquals("There is no asset 7.", notFound.message());
    }

    @Test
    void mapsEachKindToItsStatus() {
        assertEquals(409, Failure.of(new DuplicateAssetException(42)).status());
        assertEquals(413, Failure.of(new UploadTooLargeException(10)).status());
        assertEquals(409, Failure.of(new DecisionConflictException("taken")).status());
        assertEquals(
                415,
                Failure.of(new UnsupportedImageFormatException("HEIF", "High Efficiency Image File Format"))
                        .status());
        assertEquals(
                422,
                Failure.of(new UnreadableImageException("The image data is truncated or corrupt"))
                        .status());
        Failure changed = Failure.of(new OptimisticLockException());
        assertEquals(409, changed.status());
        assertEquals(Failure.CHANGED, changed.message());
        assertEquals(
                400,
                Failure.of(new InvalidRequestException("limit must be between 1 and 500."))
                        .status());
        Failure busy = Failure.of(new RollbackException("commit", new LockTimeoutException("row held")));
        assertEquals(409, busy.status());
        assertEquals(Failure.BUSY, busy.message());
    }

    /** Two requests storing the same row at once: the loser's unique-key violation at commit is a 409, not a 500. */
    @Test
    void anIntegrityViolationAtCommitIsAConflict() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        assertEquals(
                409,
                Failure.of(new RollbackException("commit", new RuntimeException("flush", unique)))
                        .status());
        assertEquals(
                500, Failure.of(new SQLException("connection refused", "08001")).status());
    }

    /** JAX-RS reports a parameter it cannot convert as 404; the address was right, the value was not. */
    @Test
    void aParameterOfTheWrongFormIsABadRequest() {
        Failure wrongForm = Failure.of(new NotFoundException(new NumberFormatException("For input string: \"x\"")));
        assertEquals(400, wrongForm.status());
        assertEquals("A parameter of this request has the wrong form: For input string: \"x\"", wrongForm.message());
        assertEquals(404, Failure.of(new NotFoundException()).status());
    }

    /** The probe's finding: a bad enum value in a body answered with the Java type's full name. */
    @Test
    void aBadBodySaysWhatIsWrongWithoutJavaPackageNames() {
        Failure error = Failure.of(
                new JsonbException(
                        "Unable to deserialize property 'decision' because of: No enum constant org.taxonomist.decision.Decision.MAYBE"));
        assertEquals(400, error.status());
        assertEquals(
                "The request body is not the JSON this address takes: Unable to deserialize property 'decision' because of:"
                        + " No enum constant Decision.MAYBE",
                error.message());
    }

    /** Only a refusal written for the client is a 400: an argument check deep in the code that fails is a bug. */
    @Test
    void anIllegalArgumentFromInsideIsAFaultOfTheServer() {
        Failure bug = Failure.of(new RuntimeException("tx", new IllegalArgumentException("index -1 out of bounds")));
        assertEquals(500, bug.status());
        assertFalse(bug.expected());
        assertEquals(Failure.UNEXPECTED, bug.message());
        Failure refused = Failure.of(new RuntimeException("tx", new InvalidRequestException("A term needs a name.")));
        assertEquals(400, refused.status());
        assertEquals("A term needs a name.", refused.message());
    }

    @Test
    void hidesInternalDetailsOfUnexpectedFailures() {
        Failure error = Failure.of(new NullPointerException("secret internals"));
        assertEquals(500, error.status());
        assertFalse(error.expected());
        assertFalse(error.message().contains("secret"));
    }
}
