package org.taxonomist.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Beats this server's heartbeat from start-up on, every {@link Liveness#BEAT} (5 s). */
@Singleton
@Startup
public class Heartbeat {

    private static final Logger LOG = Logger.getLogger(Heartbeat.class.getName());

    @Inject
    ServerNodes nodes;

    @PostConstruct
    void first() {
        nodes.beat();
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void beat() {
        try {
            nodes.beat();
        } catch (RuntimeException e) {
            // A database outage: the next beat tries again; the others take this server's work only after 30 s.
            LOG.log(Level.WARNING, "Heartbeat failed: " + e.getMessage());
        }
    }
}
