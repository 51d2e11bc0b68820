package org.taxonomist.cluster;

import java.time.Duration;
import java.time.Instant;

/**
 * When a server counts as dead: no heartbeat for {@link #TIMEOUT}, six beats missed. Long enough that a busy server
 * (both cores embedding, a garbage collection) is not declared dead and its work taken twice; short enough that a
 * crashed server's waiting uploads are tagged by another within a minute.
 */
public final class Liveness {

    public static final Duration BEAT = Duration.ofSeconds(5);
    public static final Duration TIMEOUT = BEAT.multipliedBy(6);

    private Liveness() {}

    /** The earliest heartbeat that still counts as alive at {@code now}. */
    public static Instant cutoff(Instant now) {
        return now.minus(TIMEOUT);
    }

    public static boolean alive(Instant heartbeatAt, Instant now) {
        return heartbeatAt != null && heartbeatAt.isAfter(cutoff(now));
    }
}
