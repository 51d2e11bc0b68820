package org.taxonomist.web.dam;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
import org.taxonomist.batch.monitor.ProblemGroup;
import org.taxonomist.dam.reference.imports.CollectionImport;
import org.taxonomist.dam.reference.imports.ImportFolders;
import org.taxonomist.dam.reference.imports.LabelFit;
import org.taxonomist.models.manifest.Manifest;
import org.taxonomist.web.ConsoleUser;
import org.taxonomist.web.Messages;
import org.taxonomist.web.Problems;
import org.taxonomist.web.WatchedJob;

/**
 * The Import page (librarians and admins): a zip of images with a manifest.csv becomes assets with
 * their labels. The zip is checked first (rows, which field its labels fit, the field proposed), and nothing is
 * stored until the librarian imports it into a field the labels fit; the page then follows the import job and lists
 * the rows it skipped, grouped by reason.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN_PROBLEMS = 10_000;

    @Inject
    ImportFolders folders;

    @Inject
    CollectionImport collection;

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
    /** The zip unpacked by the last check, not imported yet; removed when another is checked or the page goes. */
    private String checkedFolder;

    private String checkedName;
    private String preflight;
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

    /** Unpacks the zip and says what importing it would do; nothing is stored yet. */
    public void check() {
        if (file == null || file.getSize() == 0) {
            Messages.error("Choose a zip file with a manifest.csv and the images it names.");
            return;
        }
        forgetChecked();
        try (InputStream zip = file.getInputStream()) {
            checkedFolder = folders.unpack(zip);
            checkedName = file.getFileName();
            Manifest manifest = collection.manifest(checkedFolder);
            LabelFit fit = collection.labelFit(manifest);
            preflight = manifest.entries().size() + " rows name an image"
                    + (manifest.problems().isEmpty()
                            ? ""
                            : ", " + manifest.problems().size() + " cannot be read and will be skipped")
                    + ". " + fit.describe();
            if (fit.wrongField(field)) {
                String chosen = field;
                field = fit.proposed().orElseThrow();
                Messages.warn("No row's labels are " + chosen + " terms; they fit " + field
                        + ", which is now chosen. Check the field, then import.");
            }
        } catch (IOException e) {
            Problems.show(new UncheckedIOException(e), "read the upload");
        } catch (RuntimeException e) {
            Problems.show(e, "unpack the zip");
            forgetChecked();
        }
    }

    /** Imports the checked zip into the chosen field, once its labels are known to fit it. */
    public void start() {
        if (checkedFolder == null) {
            Messages.error("Check a zip first.");
            return;
        }
        try {
            collection.checkLabelsField(collection.manifest(checkedFolder), field);
        } catch (RuntimeException e) {
            Problems.show(e, "import into " + field);
            return;
        }
        Map<String, String> parameters = new HashMap<>();
        parameters.put("folder", checkedFolder);
        parameters.put("field", field);
        if (job.start(launcher, parameters, user.getName(), "importing " + checkedName)) {
            checkedFolder = null; // the job's now: it removes the folder when done
            preflight = null;
        }
    }

    @PreDestroy
    void forgetChecked() {
        if (checkedFolder != null) {
            folders.deleteIfUploaded(checkedFolder);
            checkedFolder = null;
            preflight = null;
        }
    }

    /** The poll's listener. */
    public void refresh() {
        job.refresh(monitor);
    }

    /** The import's problems, one entry per reason with the lines it concerns. */
    public List<ProblemGroup> getProblems() {
        return job.getRun() == null
                ? List.of()
                : ProblemGroup.of(monitor.problems(job.getRun().executionId(), SHOWN_PROBLEMS));
    }

    /** Whether the import skipped a manifest row: then they can be downloaded, to fix and import again. */
    public boolean isRowsSkipped() {
        return getProblems().stream().anyMatch(p -> !p.merged() && !p.lines().isEmpty());
    }

    public String getPreflight() {
        return preflight;
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
