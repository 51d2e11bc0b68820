package org.taxonomist.batch.trainheads;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.taxonomist.head.HeadTraining;

/** Trains every learnt field's head (or the one named by the "field" parameter). */
@Named
@Dependent
public class TrainHeadsBatchlet extends AbstractBatchlet {

    @Inject
    HeadTraining training;

    @Inject
    LearntFields fields;

    @Inject
    @BatchProperty
    String field;

    @Inject
    JobContext job;

    @Override
    public String process() {
        List<HeadTraining.Report> reports = fields.named(field).stream().map(training::train).toList();
        String summary = reports.stream()
                .map(r -> r.field() + (r.version() == null ? ": not trained" : ": v" + r.version() + " " + r.trainedTerms())
                        + (r.needsMoreData().isEmpty() ? "" : ", needs more data " + r.needsMoreData()))
                .collect(Collectors.joining("; "));
        job.setExitStatus(summary);
        return summary;
    }
}
