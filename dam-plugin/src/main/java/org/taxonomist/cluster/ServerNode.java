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

    protected ServerNode() {}

    ServerNode(String id, String home, Instant startedAt) {
        this.id = id;
        this.home = home;
        this.startedAt = startedAt;
        this.heartbeatAt = startedAt;
    }

    void beat(Instant startedAt, Instant now) {
        this.startedAt = startedAt;
        this.heartbeatAt = now;
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
}
