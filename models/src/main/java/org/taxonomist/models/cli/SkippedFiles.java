package org.taxonomist.models.cli;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.taxonomist.models.manifest.ManifestEntry;

/**
 * The files a command skipped and why: each is said when it happens and listed again at the end of the
 * run, where a long run's skips are not lost among its progress lines. A file skipped by several
 * backbones for one reason is listed once.
 */
final class SkippedFiles {

    private final PrintStream out;
    private final Set<String> skipped = new LinkedHashSet<>();

    SkippedFiles(PrintStream out) {
        this.out = out;
    }

    /** Skips a file, {@code why} saying which and why ("manifest.csv:17: gone.png does not exist"). */
    void skip(String why) {
        if (skipped.add(why)) {
            out.println(why + " (skipped)");
        }
    }

    void skip(String manifestName, ManifestEntry entry, String reason) {
        skip(manifestName + ":" + entry.line() + ": " + entry.file() + ": " + reason);
    }

    /** Lists the skipped files again, or says there were none. */
    void report() {
        if (skipped.isEmpty()) {
            out.println("Skipped: no file.");
            return;
        }
        out.printf("Skipped: %d %s%n", skipped.size(), skipped.size() == 1 ? "file" : "files");
        skipped.forEach(why -> out.println("  " + why));
    }
}
