package org.taxonomist.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.taxonomist.config.TaxonomistHome;

/**
 * The servers on this database. A server's id lives in its home folder ({@code config/node-id}), so a server that
 * restarts is the same server: what it had claimed is its own again at once, without waiting for its heartbeat to go
 * stale.
 */
@ApplicationScoped
public class ServerNodes {

    /** When this server's JVM started: what it had claimed before then, it no longer works on. */
    public static final Instant STARTED =
            Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    @PersistenceContext
    EntityManager em;

    @Inject
    TaxonomistHome home;

    private volatile String self;
    private final AtomicLong tagged = new AtomicLong();
    private final AtomicLong embedded = new AtomicLong();

    /** This server's id. */
    public String self() {
        if (self == null) {
            self = readOrCreateId(home.folder("config").resolve("node-id"));
        }
        return self;
    }

    /** Says this server is alive (every {@link Liveness#BEAT}). */
    @Transactional
    public void beat() {
        Instant now = Instant.now();
        ServerNode node = em.find(ServerNode.class, self());
        if (node == null) {
            em.persist(new ServerNode(self(), home.root().toString(), STARTED));
        } else {
            node.beat(STARTED, now, tagged.get(), embedded.get());
        }
    }

    /**
     * Counts an asset this server tagged, or only embedded, once that committed; the counts are shared at the next
     * heartbeat.
     */
    public void countDone(boolean taggedToo) {
        (taggedToo ? tagged : embedded).incrementAndGet();
    }

    /** Whether any other server has beaten within {@link Liveness#TIMEOUT}: work can be shared out. */
    @Transactional
    public boolean othersAlive() {
        return em.createQuery(
                                "select count(n) from ServerNode n where n.id <> :self and n.heartbeatAt > :cutoff",
                                Long.class)
                        .setParameter("self", self())
                        .setParameter("cutoff", Liveness.cutoff(Instant.now()))
                        .getSingleResult()
                > 0;
    }

    /** Every server that has ever beaten on this database, by id. */
    @Transactional
    public List<ServerReport> report() {
        Instant now = Instant.now();
        return em.createQuery("select n from ServerNode n order by n.id", ServerNode.class)
                .getResultStream()
                .map(node -> {
                    boolean here = node.getId().equals(self());
                    return new ServerReport(
                            node.getId(),
                            node.getHome(),
                            node.getStartedAt(),
                            node.getHeartbeatAt(),
                            here || Liveness.alive(node.getHeartbeatAt(), now),
                            here ? tagged.get() : node.getTagged(),
                            here ? embedded.get() : node.getEmbedded(),
                            here);
                })
                .toList();
    }

    /** Whether the server has beaten within {@link Liveness#TIMEOUT}; an unknown one is not alive. */
    @Transactional
    public boolean alive(String nodeId) {
        ServerNode node = em.find(ServerNode.class, nodeId);
        return node != null && Liveness.alive(node.getHeartbeatAt(), Instant.now());
    }

    private static synchronized String readOrCreateId(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, UUID.randomUUID() + "\n");
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep this server's id in " + file, e);
        }
    }
}
