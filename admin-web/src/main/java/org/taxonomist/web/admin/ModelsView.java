package org.taxonomist.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.taxonomist.batch.LearntFields;
import org.taxonomist.batch.launch.JobLauncher;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.registry.FieldAutomation;
import org.taxonomist.registry.FieldAutomations;
import org.taxonomist.registry.ModelRegistry;
import org.taxonomist.registry.ModelVersion;
import org.taxonomist.web.ConsoleUser;
import org.taxonomist.web.Messages;
import org.taxonomist.web.Problems;
import org.taxonomist.web.WatchedJob;

/**
 * The Models page (admin/models.xhtml, admins only): per learnt field, the trained versions with
 * their metrics, per-term scores and threshold curves, activation and rollback, the autofill and
 * autocorrect thresholds, and the button that trains a new version.
 */
@Named
@ViewScoped
public class ModelsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The Jakarta Batch job in batch-jobs that trains a new version per field and tags with the active ones. */
    static final String TRAIN_HEADS = "train-heads";

    @Inject
    JobMonitor monitor;

    @Inject
    ModelRegistry registry;

    @Inject
    FieldAutomations automations;

    @Inject
    ConsoleUser user;

    @Inject
    JobLauncher launcher;

    @Inject
    LearntFields learntFields;

    private List<String> fields;
    private String field;
    private List<VersionRow> versions;
    private Integer shownVersion;
    private VersionReport report;
    private List<TermRow> terms;
    private TermRow chartTerm;
    private Double autofill;
    private Double autofillPrecision;
    private List<VersionReport.AutofillOption> autofillOptions;
    private Double autocorrect;
    private boolean brandList;
    private boolean activateAfterTraining;
    private final WatchedJob training = new WatchedJob(TRAIN_HEADS, "training");

    /** Shows the field named in the address (models.xhtml?field=Subject) if there is one, else the first. */
    @PostConstruct
    public void init() {
        fields = learntFields.named(null);
        String requested = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("field");
        field = fields.contains(requested) ? requested : fields.isEmpty() ? null : fields.get(0);
        load();
    }

    /** Reads the chosen field's versions and settings, showing the active version (or the newest). */
    public void load() {
        versions = List.of();
        shownVersion = null;
        if (field == null) {
            return;
        }
        versions = registry.versions(field).stream().map(VersionRow::of).toList();
        FieldAutomation automation = automations.of(field);
        autofill = automation.getAutofill();
        autofillPrecision = automation.getAutofillPrecision();
        autocorrect = automation.getAutocorrect();
        brandList = automation.isBrandList();
        autofillOptions = registry.versions(field).stream()
                .filter(ModelVersion::isActive)
                .findFirst()
                .map(v -> new VersionReport(v.getReport()).autofillOptions())
                .orElse(List.of());
        versions.stream()
                .filter(VersionRow::active)
                .findFirst()
                .or(() -> versions.stream().findFirst())
                .ifPresent(v -> show(v.version()));
        if (versions.isEmpty()) {
            report = null;
            terms = List.of();
            chartTerm = null;
        }
    }

    public void show(int version) {
        ModelVersion shown = registry.version(field, version);
        shownVersion = version;
        report = new VersionReport(shown.getReport());
        terms = report.terms();
        chartTerm = terms.isEmpty() ? null : terms.get(0);
    }

    public void activate(int version) {
        try {
            registry.activate(field, version, user.getName());
            Messages.info(field + " is now tagged by version " + version + ".");
        } catch (RuntimeException e) {
            Problems.show(e, "activate the version");
        }
        load();
    }

    public void saveAutomation() {
        try {
            automations.set(field, autofill, autofillPrecision, autocorrect, user.getName());
            if (automations.of(field).isBrandList() != brandList) {
                automations.markBrandList(field, brandList, user.getName());
            }
            Messages.info(field + ": autofill "
                    + (autofillPrecision != null ? "at precision " + autofillPrecision : describe(autofill))
                    + ", autocorrect " + describe(autocorrect) + (brandList ? ", a brand list" : "") + ".");
        } catch (RuntimeException e) {
            Problems.show(e, "save the thresholds");
        }
    }

    private static String describe(Double threshold) {
        return threshold == null ? "off" : "from " + threshold;
    }

    /** Starts the job for the chosen field; it runs in the background, and the page polls its status. */
    public void train() {
        training.start(
                launcher,
                Map.of("field", field, "activate", Boolean.toString(activateAfterTraining)),
                user.getName(),
                "training a new version of " + field);
    }

    /** Once the training ends, the page shows the new version. */
    public void refreshTraining() {
        if (training.refresh(monitor)) {
            if (training.succeeded()) {
                load();
            }
            // The poll leaves the message area alone (it would clear it every 2 s); this last answer updates it.
            PrimeFaces.current().ajax().update("messages", "versions", "details", "automation");
        }
    }

    public String getChart() {
        return report == null || chartTerm == null ? null : report.chart(chartTerm.term());
    }

    public List<String> getFields() {
        return fields;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public Integer getShownVersion() {
        return shownVersion;
    }

    public VersionReport getReport() {
        return report;
    }

    public List<TermRow> getTerms() {
        return terms;
    }

    public TermRow getChartTerm() {
        return chartTerm;
    }

    public void setChartTerm(TermRow chartTerm) {
        this.chartTerm = chartTerm;
    }

    public Double getAutofill() {
        return autofill;
    }

    public void setAutofill(Double autofill) {
        this.autofill = autofill;
    }

    public Double getAutofillPrecision() {
        return autofillPrecision;
    }

    public void setAutofillPrecision(Double autofillPrecision) {
        this.autofillPrecision = autofillPrecision;
    }

    /** What each precision the active version can promise would do: "0.95: fills 62% of empty fields …". */
    public List<VersionReport.AutofillOption> getAutofillOptions() {
        return autofillOptions;
    }

    public Double getAutocorrect() {
        return autocorrect;
    }

    public void setAutocorrect(Double autocorrect) {
        this.autocorrect = autocorrect;
    }

    public boolean isBrandList() {
        return brandList;
    }

    public void setBrandList(boolean brandList) {
        this.brandList = brandList;
    }

    public boolean isActivateAfterTraining() {
        return activateAfterTraining;
    }

    public void setActivateAfterTraining(boolean activateAfterTraining) {
        this.activateAfterTraining = activateAfterTraining;
    }

    public WatchedJob getTraining() {
        return training;
    }
}
