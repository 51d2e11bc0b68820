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
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.taxonomist.batch.LearntFields;
import org.taxonomist.batch.launch.JobLauncher;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.correction.Correction;
import org.taxonomist.correction.Corrections;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.QueueFilter;
import org.taxonomist.models.audit.SuspicionMethod;

/**
 * The corrections queue (corrections.xhtml): the label audit's proposals, filtered by field, term
 * and score, decided one by one, as a selection, or all those matching above a score. Admins
 * also start audits here.
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
    private String field;
    private String term;
    private Double minScore;
    private String auditField;
    /** Empty: the method that suits the field (SuspicionMethod.bestFor). */
    private String auditMethod = "";

    private final WatchedJob audit = new WatchedJob(AUDIT_LABELS, "audit");

    /** corrections.xhtml?field=Subject shows that field's corrections and audits it. */
    @PostConstruct
    public void init() {
        fields = learntFields.named(null);
        String requested = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("field");
        field = fields.contains(requested) ? requested : null;
        auditField = field != null ? field : fields.isEmpty() ? null : fields.get(0);
        pending = new QueueRows<>(corrections, CorrectionRow::of, dam);
        applyFilter();
    }

    /** Shows the corrections that match the filter form. */
    public void applyFilter() {
        pending.filter(QueueFilter.pending(null, field, term, null, minScore, null));
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
        return pending.filter().narrows();
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

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public Double getMinScore() {
        return minScore;
    }

    public void setMinScore(Double minScore) {
        this.minScore = minScore;
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
