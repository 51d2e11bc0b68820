package org.taxonomist.models.manifest;

/** A manifest row that was left out: where it is and why. */
public record ManifestProblem(String manifest, int line, String reason) {

    /** "manifest.csv:7: … does not exist", as people and editors read positions in files. */
    @Override
    public String toString() {
        return manifest + ":" + line + ": " + reason;
    }
}
