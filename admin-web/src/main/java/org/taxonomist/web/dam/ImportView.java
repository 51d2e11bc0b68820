package org.taxonomist.web.dam;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.taxonomist.batch.LearntFields;
import org.taxonomist.batch.launch.JobLauncher;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.batch.monitor.JobProblem;
import org.taxonomist.dam.reference.imports.ImportFolders;
import org.taxonomist.web.ConsoleUser;
import org.taxonomist.web.Messages;
import org.taxonomist.web.Problems;
import org.taxonomist.web.WatchedJob;

/**
 * The Import page (librarians and admins): a zip of images with a manifest.csv becomes assets with
 * their labels; the page follows the import job and lists the rows it skipped, by line.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN_PROBLEMS = 500;

    @Inject
    ImportFolders folders;

    @Inject
    JobLauncher launcher;

    @Inject
    JobMonitor monitor;

    @Inject
    LearntFields learntFields;

    @Inject
    ConsoleUser user;

    private transient UploadedFile file;
    private List<String> fields;
    private String field;
    private final WatchedJob job = new WatchedJob("import", "import");

    /** import.xhtml?field=Subject preselects the field the labels go into. */
    @PostConstruct
    void init() {
        fields = learntFields.named(null);
        String requested = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("field");
        field = fields.contains(requested) ? requested : fields.isEmpty() ? null : fields.get(0);
    }

    public void start() {
        if (file == null || file.getSize() == 0) {
            Messages.error("Choose a zip file with a manifest.csv and the images it names.");
            return;
        }
        String folder;
        try (InputStream zip = file.getInputStream()) {
            folder = folders.unpack(zip);
        } catch (IOException e) {
            Problems.show(new UncheckedIOException(e), "read the upload");
            return;
        } catch (RuntimeException e) {
            Problems.show(e, "unpack the zip");
            return;
        }
        Map<String, String> parameters = new HashMap<>();
        parameters.put("folder", folder);
        parameters.put("field", field);
        job.start(launcher, parameters, user.getName(), "importing " + file.getFileName());
    }

    /** The poll's listener. */
    public void refresh() {
        job.refresh(monitor);
    }

    public List<JobProblem> getProblems() {
        return job.getRun() == null ? List.of() : monitor.problems(job.getRun().executionId(), SHOWN_PROBLEMS);
    }

    public WatchedJob getJob() {
        return job;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
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
}
