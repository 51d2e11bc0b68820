package org.taxonomist.batch.monitor;

/** An execution asked to do what its state does not allow: stop when it is not running, restart when it is. */
public class JobStateException extends RuntimeException {

    public JobStateException(String message) {
        super(message);
    }
}
