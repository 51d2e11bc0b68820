package org.taxonomist.cluster;

import java.time.Instant;

/**
 * A server on the database as admins see it: its home, when it started and last beat, whether it is alive, and how
 * many assets it has tagged, and only embedded, from the shared queue since it started (uploads, the grid's Retag, the
 * chunks a job shares out; not a job's chunks on a server alone), the answering server's counts now, the others' as
 * of their last heartbeat: it shows a retag or an embed run spread over them. {@code self} is the answering one.
 */
public record ServerReport(
        String id,
        String home,
        Instant startedAt,
        Instant heartbeatAt,
        boolean alive,
        long tagged,
        long embedded,
        boolean self) {}
