package org.taxonomist.dam.reference.imports;

/** A manifest row that cannot be imported; the message names the line and why. */
public class ImportRowException extends RuntimeException {

    private final int line;
    private final String reason;

    public ImportRowException(int line, String reason) {
        super("manifest.csv:" + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    /** Why, without the line: where the line is kept apart (a job's list of skipped rows). */
    public String reason() {
        return reason;
    }
}
