package org.taxonomist.batch.audit;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.batch.LearntFields;
import org.taxonomist.correction.Corrections;
import org.taxonomist.correction.Evidence;
import org.taxonomist.models.audit.AuditPlan;
import org.taxonomist.models.audit.LabelAudit;
import org.taxonomist.models.audit.Suspect;
import org.taxonomist.models.audit.SuspicionMethod;
import org.taxonomist.models.ensemble.EnsembleSettings;
import org.taxonomist.models.ensemble.LeftOutTerm;
import org.taxonomist.models.similarity.NearestNeighbours;
import org.taxonomist.training.ModelTraining;
import org.taxonomist.training.TrainingSet;

/**
 * Last step of an audit: scores every labelled asset from the bags' held-out predictions and
 * turns the most suspicious ones the models would label otherwise (at most
 * {@code taxonomist.audit.max-corrections}) into corrections for librarians, each with its evidence,
 * replacing the field's pending corrections of earlier audits.
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

    /** As many alike assets as a row of the corrections page shows beside the asset. */
    private static final int NEIGHBOURS = 4;

    @Override
    public String process() {
        AuditFolder folder = folders.current();
        TrainingSet set = folder.readSnapshot();
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
        List<Suspect> ranked = LabelAudit.rank(plan, heldOut, set.labels(), set.terms(), settings, scoring);
        long scored = ranked.stream().filter(s -> Double.isFinite(s.score())).count();
        NearestNeighbours alike = NearestNeighbours.of(set.embeddings().values());
        List<Corrections.Proposal> proposals = new ArrayList<>();
        for (int rank = 0; rank < ranked.size() && proposals.size() < maxCorrections; rank++) {
            Suspect suspect = ranked.get(rank);
            Suspect correction = multiValued ? suspect : suspect.singleValued(plan.audited());
            if (correction.changesSomething()) {
                proposals.add(new Corrections.Proposal(
                        set.assetIds()[suspect.asset()],
                        correction.current(),
                        correction.proposed(),
                        correction.score(),
                        evidence(set, correction, rank + 1, (int) scored, alike)));
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

    /** What the librarian weighs: the models' probabilities, the rank among the scored assets, the most alike assets. */
    private static Evidence evidence(TrainingSet set, Suspect suspect, int rank, int scored, NearestNeighbours alike) {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        suspect.probabilities().forEach((term, p) -> probabilities.put(term, p.doubleValue()));
        List<Long> neighbours = Arrays.stream(alike.nearest(suspect.asset(), NEIGHBOURS))
                .mapToObj(row -> set.assetIds()[row])
                .toList();
        return new Evidence(probabilities, rank, scored, neighbours);
    }
}
