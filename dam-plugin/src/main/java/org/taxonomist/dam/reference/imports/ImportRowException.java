package org.taxonomist.dam.reference.imports;

/** A manifest row that cannot be imported; the message names the line and why. */
public class ImportRowException extends RuntimeException {

    private final int line;

    public ImportRowException(int line, String reason) {
        super("manifest.csv:" + line + ": " + reason);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
