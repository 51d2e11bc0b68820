package org.taxonomist.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.primefaces.PrimeFaces;
import org.taxonomist.dam.reference.Taxonomy;
import org.taxonomist.web.FieldChoice;
import org.taxonomist.web.Messages;
import org.taxonomist.web.Problems;

/**
 * The taxonomy (admin/taxonomy.xhtml, admins only): fields and their terms, and the button that
 * trains the heads on the labels the DAM has so far.
 */
@Named
@ViewScoped
public class TaxonomyView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The Jakarta Batch job in batch-jobs that trains a head per field and proposes terms. */
    static final String TRAIN_HEADS = "train-heads";

    @Inject
    Taxonomy taxonomy;

    private List<FieldChoice> fields;
    private String newFieldName;
    private boolean newFieldMultiValued = true;
    private final Map<String, String> newTerm = new HashMap<>();
    private String trainField;
    private TrainingRun training;

    @PostConstruct
    public void init() {
        reload();
    }

    private void reload() {
        fields = taxonomy.fields().stream().map(FieldChoice::of).toList();
    }

    public void addField() {
        String name = newFieldName == null ? "" : newFieldName.strip();
        if (name.isEmpty()) {
            Messages.warn("A field needs a name.");
            return;
        }
        try {
            taxonomy.create(name, newFieldMultiValued, List.of());
            Messages.info("Added the field " + name
                    + (newFieldMultiValued ? " (several terms per asset)." : " (one term per asset)."));
            newFieldName = null;
            newFieldMultiValued = true;
        } catch (RuntimeException e) {
            Problems.show(e, "add the field");
        }
        reload();
    }

    public void addTerm(String field) {
        String term = newTerm.get(field) == null ? "" : newTerm.get(field).strip();
        if (term.isEmpty()) {
            Messages.warn("Type the new term of " + field + " first.");
            return;
        }
        try {
            taxonomy.addTerm(field, term);
            newTerm.remove(field);
            Messages.info("Added the term \"" + term + "\" to " + field + ".");
        } catch (RuntimeException e) {
            Problems.show(e, "add the term");
        }
        reload();
    }

    public void removeTerm(String field, String term) {
        try {
            taxonomy.removeTerm(field, term);
            Messages.info("Removed the term \"" + term + "\" from " + field
                    + ". Assets that carry it keep it until someone removes it there.");
        } catch (RuntimeException e) {
            Problems.show(e, "remove the term");
        }
        reload();
    }

    /** Starts the job; it runs in the background, and the page polls its status. */
    public void trainHeads() {
        Properties parameters = new Properties();
        if (trainField != null && !trainField.isBlank()) {
            parameters.setProperty("field", trainField);
        }
        try {
            JobOperator jobs = BatchRuntime.getJobOperator();
            training = TrainingRun.of(jobs.getJobExecution(jobs.start(TRAIN_HEADS, parameters)));
            Messages.info("Started training the heads" + (parameters.isEmpty() ? " of every field" : " of " + trainField)
                    + " (execution " + training.executionId() + ").");
        } catch (RuntimeException e) {
            Problems.show(e, "start the training job");
        }
    }

    /** The poll's listener while the job runs. */
    public void refreshTraining() {
        if (training == null) {
            return;
        }
        try {
            training = TrainingRun.of(BatchRuntime.getJobOperator().getJobExecution(training.executionId()));
        } catch (RuntimeException e) {
            Problems.show(e, "read the training job's status");
            PrimeFaces.current().ajax().update("messages");
            return;
        }
        if (!training.running()) {
            if (training.failed()) {
                Messages.error("Training " + training.status().name().toLowerCase() + ": " + exitStatus()
                        + " (see the server log).");
            } else {
                Messages.info("Training finished: " + exitStatus());
            }
            // The poll leaves the message area alone (it would clear it every 2 s); this last answer updates it.
            PrimeFaces.current().ajax().update("messages");
        }
    }

    private String exitStatus() {
        return training.exitStatus() == null ? training.status().name() : training.exitStatus();
    }

    public boolean isTrainingRunning() {
        return training != null && training.running();
    }

    public List<FieldChoice> getFields() {
        return fields;
    }

    public String getNewFieldName() {
        return newFieldName;
    }

    public void setNewFieldName(String newFieldName) {
        this.newFieldName = newFieldName;
    }

    public boolean isNewFieldMultiValued() {
        return newFieldMultiValued;
    }

    public void setNewFieldMultiValued(boolean newFieldMultiValued) {
        this.newFieldMultiValued = newFieldMultiValued;
    }

    public Map<String, String> getNewTerm() {
        return newTerm;
    }

    public String getTrainField() {
        return trainField;
    }

    public void setTrainField(String trainField) {
        this.trainField = trainField;
    }

    public TrainingRun getTraining() {
        return training;
    }
}
