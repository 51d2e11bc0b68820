package org.taxonomist.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.TaxonomyFieldDefinition;

/** The filling rate of every taxonomy field: now, counted in the DAM, and as {@link FillingRecorder} recorded it day by day. */
@ApplicationScoped
public class FillingRates {

    @Inject
    DamAdapter dam;

    @PersistenceContext
    EntityManager em;

    /** In the order of the DAM's fields. */
    public List<FillingRate> now() {
        long assets = dam.assetCount();
        return dam.fields().stream()
                .map(TaxonomyFieldDefinition::name)
                .map(field -> new FillingRate(field, assets, dam.assetCountLabelled(field)))
                .toList();
    }

    /** The snapshots from {@code since} (inclusive) on. */
    public FillingHistory history(LocalDate since) {
        return FillingHistory.of(em.createQuery(
                        "select s from FillingSnapshot s where s.day >= :since order by s.day, s.field",
                        FillingSnapshot.class)
                .setParameter("since", since)
                .getResultList());
    }
}
