package org.taxonomist.audit;

import java.time.Instant;

/**
 * Which audit entries to list; null parts match everything.
 *
 * @param actor  who did it (exact user name)
 * @param action what, as a prefix: {@code user.} for every account action
 * @param from   at or after
 * @param to     before
 */
public record AuditFilter(String actor, String action, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
