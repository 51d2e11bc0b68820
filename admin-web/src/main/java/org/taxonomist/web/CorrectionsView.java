package org.taxonomist.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.taxonomist.batch.LearntFields;
import org.taxonomist.batch.launch.JobLauncher;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.correction.Correction;
import org.taxonomist.correction.Corrections;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.decision.Decision;
import org.taxonomist.models.audit.SuspicionMethod;

/**
 * The corrections queue (corrections.xhtml): the label audit's proposals with their evidence, filtered by
 * field, term and score, decided one by one (approved, rejected or fixed to other terms), as a selection,
 * or all those the filter matches. Admins also start audits here.
 */
@Named
@ViewScoped
public class CorrectionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The Jakarta Batch job in batch-jobs that audits one field. */
    static final String AUDIT_LABELS = "audit-labels";

    private static final String UNDO_HINT = " Each can be undone on its asset's page.";

    @Inject
    JobMonitor monitor;

    @Inject
    Corrections corrections;

    @Inject
    DamAdapter dam;

    @Inject
    ConsoleUser user;

    @Inject
    JobLauncher launcher;

    @Inject
    LearntFields learntFields;

    private List<String> fields;
    private QueueRows<Correction, CorrectionRow> pending;
    private List<CorrectionRow> selected = new ArrayList<>();
    private final QueueFilterForm filter = new QueueFilterForm();
    private String auditField;
    /** Empty: the method that suits the field (SuspicionMethod.bestFor). */
    private String auditMethod = "";

    /** The correction the "fix to other terms" dialog is open for, and the terms chosen there. */
    private CorrectionRow fixing;

    private List<String> fixTerms = new ArrayList<>();

    private final WatchedJob audit = new WatchedJob(AUDIT_LABELS, "audit");

    /** corrections.xhtml?field=Subject shows that field's corrections and audits it. */
    @PostConstruct
    public void init() {
        fields = learntFields.named(null);
        String requested = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("field");
        filter.setField(fields.contains(requested) ? requested : null);
        auditField = filter.getField() != null ? filter.getField() : fields.isEmpty() ? null : fields.get(0);
        DamAdapter adapter = dam;
        pending = new QueueRows<>(corrections, c -> CorrectionRow.of(c, adapter), dam);
        applyFilter();
    }

    /** Shows the corrections that match the filter form. */
    public void applyFilter() {
        pending.filter(filter.pending());
        selected = new ArrayList<>();
    }

    public void approve(CorrectionRow row) {
        decide(List.of(row.id()), Decision.APPROVE);
    }

    public void reject(CorrectionRow row) {
        decide(List.of(row.id()), Decision.REJECT);
    }

    public void approveSelected() {
        decideSelected(Decision.APPROVE);
    }

    public void rejectSelected() {
        decideSelected(Decision.REJECT);
    }

    /** Every pending correction the applied filter matches, which the page has counted for the confirmation. */
    public void approveAllMatching() {
        decideAllMatching(Decision.APPROVE);
    }

    public void rejectAllMatching() {
        decideAllMatching(Decision.REJECT);
    }

    private void decideSelected(Decision decision) {
        decide(selected.stream().map(CorrectionRow::id).toList(), decision);
        selected = new ArrayList<>();
    }

    private void decideAllMatching(Decision decision) {
        QueueDecisions.decideAllMatching(
                corrections, pending.filter(), decision, user.getName(), "Correction", UNDO_HINT);
        selected = new ArrayList<>();
    }

    /** Each correction on its own: one conflict (someone decided it first, the asset changed) does not undo the others. */
    private void decide(Collection<Long> ids, Decision decision) {
        QueueDecisions.decideEach(corrections, ids, decision, user.getName(), "Correction", UNDO_HINT);
    }

    /** Opens the "fix to other terms" dialog with the proposed terms chosen. */
    public void startFix(CorrectionRow row) {
        fixing = row;
        fixTerms = new ArrayList<>(row.proposed());
    }

    /** Writes the chosen terms instead of the proposed ones; the dialog closes once they are written. */
    public void applyFix() {
        if (fixing == null) {
            return;
        }
        try {
            corrections.fixTo(fixing.id(), fixTerms, user.getName());
            Messages.info("Fixed the " + fixing.field() + " of " + pending.assetLabel(fixing.assetId()) + " to "
                    + String.join(", ", fixTerms) + ". It can be undone on the asset's page.");
            PrimeFaces.current().ajax().addCallbackParam("fixed", true);
            fixing = null;
        } catch (RuntimeException e) {
            Problems.show(e, "fix the correction");
        }
    }

    /** The field's terms, those the models find most probable for the asset first. */
    public List<String> getFixChoices() {
        if (fixing == null) {
            return List.of();
        }
        Set<String> choices = new LinkedHashSet<>(fixing.likelyTerms());
        choices.addAll(fieldDefinition().map(TaxonomyFieldDefinition::terms).orElse(List.of()));
        return List.copyOf(choices);
    }

    /** Whether the fixed asset's field holds several terms (check boxes) or one (radio buttons). */
    public boolean isFixMultiValued() {
        return fieldDefinition().map(TaxonomyFieldDefinition::multiValued).orElse(true);
    }

    private Optional<TaxonomyFieldDefinition> fieldDefinition() {
        return fixing == null
                ? Optional.empty()
                : dam.fields().stream()
                        .filter(f -> f.name().equals(fixing.field()))
                        .findFirst();
    }

    public CorrectionRow getFixing() {
        return fixing;
    }

    public List<String> getFixTerms() {
        return fixTerms;
    }

    public void setFixTerms(List<String> fixTerms) {
        this.fixTerms = fixTerms == null ? new ArrayList<>() : new ArrayList<>(fixTerms);
    }

    /** The one term of a single-valued field. */
    public String getFixTerm() {
        return fixTerms.isEmpty() ? null : fixTerms.get(0);
    }

    public void setFixTerm(String term) {
        fixTerms = term == null || term.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(term));
    }

    /** Starts an audit of the chosen field (admins only); it runs in the background and the page polls it. */
    public void runAudit() {
        if (!user.isAdmin()) {
            Messages.error("Only admins may run audits.");
            return;
        }
        Map<String, String> parameters = new HashMap<>();
        parameters.put("field", auditField);
        parameters.put("method", auditMethod);
        audit.start(launcher, parameters, user.getName(), "an audit of " + auditField);
    }

    /** Once the audit ends, the queue shows its proposals. */
    public void refreshAudit() {
        if (audit.refresh(monitor)) {
            PrimeFaces.current().ajax().update("messages", "queue");
        }
    }

    /** The first matching corrections, named for the bulk confirmation: "Subject: Objects → Vehicles on bus.jpg". */
    public String getMatchingExamples() {
        return pending.firstMatching(
                ReviewView.NAMED_IN_CONFIRMATION,
                c -> c.field() + ": " + String.join(", ", c.current()) + " → " + String.join(", ", c.proposed()));
    }

    /** Whether the applied filter narrows the queue: "decide all matching" is offered only then (as on Review). */
    public boolean isFiltered() {
        return filter.narrows();
    }

    /** How many pending corrections the filter matches: the preview of "decide all matching". */
    public long getMatchingCount() {
        return pending.matching();
    }

    public List<String> getMethods() {
        return Arrays.stream(SuspicionMethod.values())
                .map(SuspicionMethod::label)
                .toList();
    }

    public List<String> getFields() {
        return fields;
    }

    public QueueRows<Correction, CorrectionRow> getPending() {
        return pending;
    }

    public List<CorrectionRow> getSelected() {
        return selected;
    }

    public void setSelected(List<CorrectionRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public QueueFilterForm getFilter() {
        return filter;
    }

    public String getAuditField() {
        return auditField;
    }

    public void setAuditField(String auditField) {
        this.auditField = auditField;
    }

    public String getAuditMethod() {
        return auditMethod;
    }

    public void setAuditMethod(String auditMethod) {
        this.auditMethod = auditMethod;
    }

    public WatchedJob getAudit() {
        return audit;
    }
}
