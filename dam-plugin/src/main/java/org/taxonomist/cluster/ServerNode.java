package org.taxonomist.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One server on the database, known by the id kept in its home folder, and when it last said it was alive. */
@Entity
@Table(name = "tx_server_node")
public class ServerNode {

    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false, length = 1000)
    private String home;

    @Column(nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant heartbeatAt;

    /** Assets it has tagged since it started, as of its last heartbeat. */
    private long tagged;

    /** Assets it has only embedded (the {@code embed} job's share) since it started, as of its last heartbeat. */
    private long embedded;

    protected ServerNode() {}

    ServerNode(String id, String home, Instant startedAt) {
        this.id = id;
        this.home = home;
        this.startedAt = startedAt;
        this.heartbeatAt = startedAt;
    }

    void beat(Instant startedAt, Instant now, long tagged, long embedded) {
        this.startedAt = startedAt;
        this.heartbeatAt = now;
        this.tagged = tagged;
        this.embedded = embedded;
    }

    public String getId() {
        return id;
    }

    public String getHome() {
        return home;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public long getTagged() {
        return tagged;
    }

    public long getEmbedded() {
        return embedded;
    }
}
