package org.taxonomist.dashboard;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records today's filling rates as snapshots, one per field and day (a later recording the same
 * day overwrites it): whenever the dashboard is opened, and every night, so that the curve exists
 * even if nobody looks. A singleton, whose container lock lets one recording run at a time: two
 * dashboards opened at once do not both insert the day's rows.
 */
@Singleton
public class FillingRecorder {

    @Inject
    FillingRates rates;

    @PersistenceContext
    EntityManager em;

    /** Not persistent: a night missed while the server was down stays a gap in the curve. */
    @Schedule(hour = "0", minute = "5", persistent = false)
    void nightly() {
        record();
    }

    /** The rates now, recorded as today's snapshots. */
    public List<FillingRate> record() {
        LocalDate today = LocalDate.now();
        Map<String, FillingSnapshot> recorded = em.createQuery(
                        "select s from FillingSnapshot s where s.day = :day", FillingSnapshot.class)
                .setParameter("day", today)
                .getResultStream()
                .collect(Collectors.toMap(FillingSnapshot::getField, Function.identity()));
        List<FillingRate> now = rates.now();
        for (FillingRate rate : now) {
            FillingSnapshot snapshot = recorded.get(rate.field());
            if (snapshot == null) {
                em.persist(new FillingSnapshot(today, rate));
            } else {
                snapshot.update(rate);
            }
        }
        return now;
    }
}
