package org.taxonomist.web;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.taxonomist.failure.Failure;

/**
 * Turns a failed service call into a sentence for the librarian, as {@link Failure} words it for
 * REST and bulk outcomes too. A fault of the server is logged and described without details.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {}

    /** The sentence to show for {@code failure}; {@code doing} says what was attempted ("approve the suggestion"). */
    public static String describe(RuntimeException failure, String doing) {
        Failure read = Failure.of(failure);
        if (read.expected()) {
            return read.message();
        }
        LOG.log(Level.WARNING, "Could not " + doing, failure);
        return "Could not " + doing + ": an unexpected error occurred (the server log has the details).";
    }

    /** Shows {@link #describe} as an error message. */
    public static void show(RuntimeException failure, String doing) {
        Messages.error(describe(failure, doing));
    }
}
