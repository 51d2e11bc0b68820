package org.taxonomist.batch.trainheads;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.taxonomist.batch.LearntFields;
import org.taxonomist.training.ModelTraining;

/**
 * Trains a new model version of every learnt field (or of the one named by the "field"
 * parameter). A field's first version becomes active at once; later ones only with "activate=true".
 */
@Named
@Dependent
public class TrainHeadsBatchlet extends AbstractBatchlet {

    @Inject
    ModelTraining training;

    @Inject
    LearntFields fields;

    @Inject
    @BatchProperty
    String field;

    @Inject
    @BatchProperty
    String activate;

    @Inject
    @BatchProperty
    String user;

    @Inject
    JobContext job;

    @Override
    public String process() {
        List<ModelTraining.Report> reports = fields.named(field).stream()
                .map(f -> training.train(f, Boolean.parseBoolean(activate), user == null ? "batch" : user))
                .toList();
        String summary = reports.stream()
                .map(r -> r.field()
                        + (r.version() == null
                                ? ": not trained"
                                : ": v" + r.version() + (r.active() ? " (active) " : " (not active) ")
                                        + r.trainedTerms())
                        + (r.needsMoreData().isEmpty() ? "" : ", needs more data " + r.needsMoreData()))
                .collect(Collectors.joining("; "));
        job.setExitStatus(summary);
        return summary;
    }
}
