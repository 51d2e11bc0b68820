package org.taxonomist.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.models.evaluation.AutofillPlan;

/** Reads and sets the fields' autofill and autocorrect settings. */
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

    /**
     * Sets every setting (null turns one off): thresholds lie between 0 and 1; a promised precision
     * is one of {@link AutofillPlan#OFFERED_PRECISIONS}, and replaces the autofill threshold.
     */
    @Transactional
    public FieldAutomation set(
            String field, Double autofill, Double autofillPrecision, Double autocorrect, String user) {
        check("autofill", autofill);
        check("autocorrect", autocorrect);
        if (autofill != null && autofillPrecision != null) {
            throw new InvalidRequestException("Autofill either from a probability or at a precision, not both.");
        }
        if (autofillPrecision != null && !AutofillPlan.OFFERED_PRECISIONS.contains(autofillPrecision)) {
            throw new InvalidRequestException("Autofill precision must be one of " + AutofillPlan.OFFERED_PRECISIONS
                    + " (or empty for off), not " + autofillPrecision + ".");
        }
        FieldAutomation settings = em.find(FieldAutomation.class, field, LockModeType.PESSIMISTIC_WRITE);
        if (settings == null) {
            settings = new FieldAutomation(field);
            em.persist(settings);
        }
        String before = describe(settings.getAutofill(), settings.getAutofillPrecision(), settings.getAutocorrect());
        settings.set(autofill, autofillPrecision, autocorrect, user);
        audit.recordFor(
                user, "model.automation", "field " + field, before, describe(autofill, autofillPrecision, autocorrect));
        return settings;
    }

    /** Marks the field a brand list (its terms are spotted in pictures' text) or not. */
    @Transactional
    public FieldAutomation markBrandList(String field, boolean brandList, String user) {
        FieldAutomation settings = em.find(FieldAutomation.class, field, LockModeType.PESSIMISTIC_WRITE);
        if (settings == null) {
            settings = new FieldAutomation(field);
            em.persist(settings);
        }
        boolean before = settings.isBrandList();
        settings.markBrandList(brandList, user);
        audit.recordFor(user, "model.brand-list", "field " + field, "brand list " + before, "brand list " + brandList);
        return settings;
    }

    /** The fields marked brand lists. */
    public List<String> brandLists() {
        return em.createQuery("select a.fieldName from FieldAutomation a where a.brandList = true", String.class)
                .getResultList();
    }

    private static String describe(Double autofill, Double autofillPrecision, Double autocorrect) {
        return (autofillPrecision != null ? "autofill at precision " + autofillPrecision : "autofill " + autofill)
                + ", autocorrect " + autocorrect;
    }

    private static void check(String name, Double threshold) {
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            throw new InvalidRequestException("The " + name
                    + " threshold must lie between 0 and 1 (or be empty for off), not " + threshold + ".");
        }
    }
}
