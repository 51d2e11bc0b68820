package org.taxonomist.batch.audit;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.taxonomist.batch.LearntFields;
import org.taxonomist.models.audit.AuditPlan;
import org.taxonomist.tagging.ModelRuntime;
import org.taxonomist.training.ModelTraining;
import org.taxonomist.training.TrainingSet;

/**
 * Reads the field's labelled assets and their embeddings by the audit's backbones once (the step
 * before computed the missing ones), so that every bag judges the same labels even if librarians
 * edit some meanwhile.
 */
@Named
@Dependent
public class AuditSnapshotBatchlet extends AbstractBatchlet {

    @Inject
    ModelTraining training;

    @Inject
    LearntFields fields;

    @Inject
    AuditFolders folders;

    @Inject
    ModelRuntime runtime;

    @Inject
    @BatchProperty
    String field;

    @Override
    public String process() {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("An audit needs the field to audit (job parameter 'field').");
        }
        TrainingSet set = training.trainingSet(fields.named(field).get(0), runtime.auditBackbones());
        AuditPlan plan = AuditPlan.of(set.labels(), set.terms(), training.auditSettings());
        folders.current().writeSnapshot(set);
        return set.size() + " labelled assets, terms " + plan.audited();
    }
}
