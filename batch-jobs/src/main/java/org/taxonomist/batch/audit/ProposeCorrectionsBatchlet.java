package org.taxonomist.batch.audit;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.batch.LearntFields;
import org.taxonomist.correction.Corrections;
import org.taxonomist.models.audit.AuditPlan;
import org.taxonomist.models.audit.LabelAudit;
import org.taxonomist.models.audit.Suspect;
import org.taxonomist.models.audit.SuspicionMethod;
import org.taxonomist.models.ensemble.EnsembleSettings;
import org.taxonomist.models.ensemble.LeftOutTerm;
import org.taxonomist.training.ModelTraining;
import org.taxonomist.training.TrainingSet;

/**
 * Last step of an audit: scores every labelled asset from the bags' held-out predictions and
 * turns the most suspicious ones the models would label otherwise (at most
 * {@code taxonomist.audit.max-corrections}) into corrections for librarians, replacing the field's
 * pending corrections of earlier audits.
 */
@Named
@Dependent
public class ProposeCorrectionsBatchlet extends AbstractBatchlet {

    @Inject
    ModelTraining training;

    @Inject
    Corrections corrections;

    @Inject
    LearntFields fields;

    @Inject
    AuditFolders folders;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String method;

    /** Librarians cannot review a whole collection at once; the next audit proposes again what is still wrong. */
    @Inject
    @ConfigProperty(name = "taxonomist.audit.max-corrections", defaultValue = "5000")
    int maxCorrections;

    @Override
    public String process() {
        AuditFolder folder = folders.current();
        TrainingSet set = folder.readSnapshot(false);
        boolean multiValued = fields.multiValued(set.field());
        SuspicionMethod scoring = method == null || method.isBlank()
                ? SuspicionMethod.bestFor(multiValued)
                : SuspicionMethod.named(method);
        EnsembleSettings settings = training.auditSettings();
        AuditPlan plan = AuditPlan.of(set.labels(), set.terms(), settings);
        List<float[][]> heldOut = new ArrayList<>();
        for (int b = 0; b < plan.bags().size(); b++) {
            heldOut.add(folder.readBag(b));
        }
        List<Corrections.Proposal> proposals = new ArrayList<>();
        for (Suspect suspect : LabelAudit.rank(plan, heldOut, set.labels(), set.terms(), settings, scoring)) {
            Suspect correction = multiValued ? suspect : suspect.singleValued(plan.audited());
            if (correction.changesSomething() && proposals.size() < maxCorrections) {
                proposals.add(new Corrections.Proposal(
                        set.assetIds()[suspect.asset()],
                        correction.current(),
                        correction.proposed(),
                        correction.score()));
            }
        }
        String source = "audit " + job.getExecutionId() + ": " + plan.bags().size() + " bags on "
                + set.embeddings().keySet();
        Corrections.Outcome outcome = corrections.replace(set.field(), scoring.label(), source, proposals);
        folder.delete();
        String summary = set.field() + ": " + outcome.proposed() + " corrections proposed from " + set.size()
                + " labelled assets ("
                + scoring.label() + "), head "
                + settings.heads()
                        .get(LabelAudit.chosenHead(plan, heldOut, set.labels(), settings))
                        .label()
                + " on " + set.embeddings().size() + (set.embeddings().size() == 1 ? " backbone" : " backbones")
                + (outcome.skippedRejected() > 0 ? ", " + outcome.skippedRejected() + " rejected before" : "")
                + (outcome.skippedChanged() > 0 ? ", " + outcome.skippedChanged() + " relabelled meanwhile" : "")
                + (plan.terms().needsMoreData().isEmpty()
                        ? ""
                        : "; not judged: "
                                + plan.terms().needsMoreData().stream()
                                        .map(LeftOutTerm::toString)
                                        .collect(Collectors.joining("; ")));
        job.setExitStatus(summary);
        return summary;
    }
}
