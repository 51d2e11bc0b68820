package org.taxonomist.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per key (an account, an address). The first few in a row ({@code
 * freeFailures}) cost nothing, so a person who mistypes is not punished; each further one locks the key for
 * twice as long as the last, from 1 s up to {@link #MAX_LOCK}: guessing slows to a few tries an
 * hour, while the owner waits at most a quarter of an hour or asks an admin to unlock. A success
 * clears the count. Counts are forgotten {@link #FORGET_AFTER} after the last failure.
 *
 * <pre>{@code
 * throttle.lockedUntil("user:lena", now).ifPresent(until -> refuse(until));
 * if (wrong) throttle.failed("user:lena", now); else throttle.succeeded("user:lena");
 * }</pre>
 */
public final class LoginThrottle {

    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int PURGE_FROM_SIZE = 10_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int freeFailures;

    public LoginThrottle(int freeFailures) {
        this.freeFailures = freeFailures;
    }

    /** Until when the key is locked, if it is now. */
    public Optional<Instant> lockedUntil(String key, Instant now) {
        Failures current = failures.get(key);
        return current == null || !current.lockedUntil().isAfter(now)
                ? Optional.empty()
                : Optional.of(current.lockedUntil());
    }

    /** Counts a failure; until when the key is now locked, if it is. */
    public Optional<Instant> failed(String key, Instant now) {
        if (failures.size() > PURGE_FROM_SIZE) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        }
        Failures updated = failures.compute(key, (k, old) -> {
            int count = old == null || old.last().plus(FORGET_AFTER).isBefore(now) ? 1 : old.count() + 1;
            return new Failures(count, now, count <= freeFailures ? now : now.plus(lock(count - freeFailures)));
        });
        return lockedUntil(key, now);
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    /** An admin's unlock. */
    public void unlock(String key) {
        failures.remove(key);
    }

    /** 1 s for the first failure past the free ones, doubling with each. */
    private static Duration lock(int beyondFree) {
        int doublings = Math.min(beyondFree - 1, 20);
        Duration lock = Duration.ofSeconds(1L << doublings);
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }
}
