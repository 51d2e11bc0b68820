package org.taxonomist.batch.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.dam.reference.imports.ImportFolders;

/**
 * Once everything is imported, removes the folder unpacked from an uploaded zip (the DAM keeps its own copies) and
 * sums the import up as the job's exit status: "COMPLETED WITH PROBLEMS: …" when a row was skipped or the manifest
 * had a remark, so that an import that skipped rows never reads as a plain success.
 */
@Named
@Dependent
public class ImportCleanup extends AbstractBatchlet {

    static final String WITH_PROBLEMS = "COMPLETED WITH PROBLEMS";

    @Inject
    ImportFolders folders;

    @Inject
    JobMonitor monitor;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String folder;

    @Override
    public String process() {
        folders.deleteIfUploaded(folder);
        long skipped = monitor.problemCount(job.getExecutionId(), true);
        String summary = summary(
                skipped,
                monitor.problemCount(job.getExecutionId(), false) - skipped,
                monitor.mergedCount(job.getExecutionId()));
        job.setExitStatus(summary);
        return summary;
    }

    /** "COMPLETED: every row imported, 3 merged into assets that held their image" or "COMPLETED WITH PROBLEMS: …". */
    static String summary(long skipped, long remarks, long merged) {
        String mergedText =
                merged == 0 ? "" : ", " + count(merged, "row") + " merged into assets that held their image";
        return skipped == 0 && remarks == 0
                ? "COMPLETED: every row imported" + mergedText
                : WITH_PROBLEMS + ": " + count(skipped, "row") + " skipped"
                        + (remarks == 0 ? "" : ", " + count(remarks, "remark") + " on the manifest")
                        + mergedText
                        + "; see the problems";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
