package org.taxonomist.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.taxonomist.audit.AuditTrail;
import jakarta.inject.Inject;

/** Reads and sets the fields' autofill and autocorrect thresholds. */
@ApplicationScoped
public class FieldAutomations {

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    /** The field's settings; a field never configured has both off. */
    public FieldAutomation of(String field) {
        FieldAutomation found = em.find(FieldAutomation.class, field);
        return found != null ? found : new FieldAutomation(field);
    }

    /** Sets both thresholds (null turns one off); each must lie between 0 and 1. */
    @Transactional
    public FieldAutomation set(String field, Double autofill, Double autocorrect, String user) {
        check("autofill", autofill);
        check("autocorrect", autocorrect);
        FieldAutomation settings = em.find(FieldAutomation.class, field, LockModeType.PESSIMISTIC_WRITE);
        if (settings == null) {
            settings = new FieldAutomation(field);
            em.persist(settings);
        }
        String before = "autofill " + settings.getAutofill() + ", autocorrect " + settings.getAutocorrect();
        settings.set(autofill, autocorrect, user);
        audit.recordFor(user, "model.automation", "field " + field, before, "autofill " + autofill + ", autocorrect " + autocorrect);
        return settings;
    }

    private static void check(String name, Double threshold) {
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The " + name + " threshold must lie between 0 and 1 (or be empty for off), not " + threshold + ".");
        }
    }
}
