package org.taxonomist.security;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Too many failed logins for the account or from the address: no password is checked until {@link #until()}. */
public class LoginLockedException extends RuntimeException {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final Instant until;

    public LoginLockedException(Instant until) {
        super("Too many failed logins: try again after " + TIME.format(until)
                + ", or ask an admin to unlock the account.");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
