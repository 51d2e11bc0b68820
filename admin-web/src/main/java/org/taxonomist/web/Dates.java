package org.taxonomist.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One date format for the whole console, in the server's time zone. */
public final class Dates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Dates() {}

    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
