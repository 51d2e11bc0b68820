package org.taxonomist.web;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.dam.reference.SynonymConflictException;
import org.taxonomist.dam.reference.UploadTooLargeException;
import org.taxonomist.decision.DecisionConflictException;

/**
 * Turns a failed service call into a sentence for the librarian. The services' own exceptions
 * carry messages written for people; they may arrive wrapped by the transaction interceptor, so
 * the cause chain is searched. Anything else is logged and described without a stack trace.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {
    }

    /** The sentence to show for {@code failure}; {@code doing} says what was attempted ("approve the suggestion"). */
    public static String describe(RuntimeException failure, String doing) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return "Someone else changed this at the same time; reload the page to see their change.";
            }
            if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException) {
                return "A job is changing this right now; try again in a moment.";
            }
            if (cause instanceof UnknownEntryException || cause instanceof DecisionConflictException
                    || cause instanceof SynonymConflictException || cause instanceof IllegalArgumentException
                    || cause instanceof UploadTooLargeException) {
                return cause.getMessage();
            }
        }
        LOG.log(Level.WARNING, "Could not " + doing, failure);
        return "Could not " + doing + ": an unexpected error occurred (the server log has the details).";
    }

    /** Shows {@link #describe} as an error message. */
    public static void show(RuntimeException failure, String doing) {
        Messages.error(describe(failure, doing));
    }
}
