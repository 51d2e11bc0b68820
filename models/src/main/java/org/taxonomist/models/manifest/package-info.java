/**
 * Labelled collections described by a CSV manifest (UTF-8, header {@code file,labels}, terms separated by '|', RFC 4180
 * quoting): {@link Manifest} reads it, reporting each bad row with its line ({@link ManifestProblem}) and leaving it
 * out. Read by the command-line tools and by the server's collection imports.
 */
package org.taxonomist.models.manifest;
