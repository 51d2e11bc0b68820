package org.taxonomist.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit log as CSV for a spreadsheet. A cell that a spreadsheet would run as a formula (it
 * starts with {@code = + - @}, a tab or a carriage return: OWASP's CSV injection list) gets a
 * leading apostrophe, so a user name or a term typed as {@code =HYPERLINK(…)} stays text.
 */
public final class AuditCsv {

    private static final String HEADER = "at,actor,address,action,target,before,after";

    private AuditCsv() {}

    /** Writes the header and the entries, and flushes; closing {@code out} is the caller's. */
    public static void write(List<AuditEntry> entries, Writer out) {
        try {
            CSVPrinter csv = new CSVPrinter(
                    out,
                    CSVFormat.RFC4180.builder().setHeader(HEADER.split(",")).get());
            for (AuditEntry e : entries) {
                csv.printRecord(
                        e.getAt().toString(),
                        safe(e.getActor()),
                        safe(e.getAddress()),
                        safe(e.getAction()),
                        safe(e.getTarget()),
                        safe(e.getBefore()),
                        safe(e.getAfter()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as text a spreadsheet will not run: every CSV download of the product writes its cells through this. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}
