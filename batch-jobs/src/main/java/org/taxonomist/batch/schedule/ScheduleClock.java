package org.taxonomist.batch.schedule;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for due schedules every 15 seconds. The schedules themselves live in the database; this
 * timer is not persistent, so nothing of it needs to survive a restart.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // jobs it starts begin their own transactions
public class ScheduleClock {

    private static final Logger LOG = Logger.getLogger(ScheduleClock.class.getName());

    @Inject
    ScheduleFiring firing;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void tick() {
        try {
            firing.fireDue(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Firing due schedules failed; trying again at the next tick", e);
        }
    }
}
