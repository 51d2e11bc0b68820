package org.taxonomist.batch.audit;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.taxonomist.models.audit.AuditPlan;
import org.taxonomist.models.audit.LabelAudit;
import org.taxonomist.models.ensemble.EnsembleSettings;
import org.taxonomist.training.ModelTraining;
import org.taxonomist.training.TrainingSet;

/**
 * One partition: trains the bag's heads and keeps their predictions for the assets the bag left
 * out. A bag whose predictions are already on disk (an earlier attempt of this audit) is not
 * trained again.
 */
@Named
@Dependent
public class BagBatchlet extends AbstractBatchlet {

    @Inject
    ModelTraining training;

    @Inject
    AuditFolders folders;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String bag;

    @Override
    public String process() {
        int b = Integer.parseInt(bag);
        AuditFolder folder = folders.current();
        if (folder.hasBag(b)) {
            step.setTransientUserData(b);
            return "bag " + b + ": trained before";
        }
        TrainingSet set = folder.readSnapshot();
        EnsembleSettings settings = training.auditSettings();
        AuditPlan plan = AuditPlan.of(set.labels(), set.terms(), settings);
        float[][] heldOut = LabelAudit.heldOut(plan, b, set.embeddings(), set.labels(), settings);
        folder.writeBag(b, heldOut);
        step.setTransientUserData(b);
        return "bag " + b + ": " + heldOut.length + " assets held out";
    }
}
