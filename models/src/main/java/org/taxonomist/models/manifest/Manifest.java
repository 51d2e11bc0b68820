package org.taxonomist.models.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A labelled image collection described by a CSV file: UTF-8, header {@code file,labels} (more
 * columns allowed), {@code file} relative to the manifest's folder or absolute, {@code labels} terms
 * separated by '|', empty for an unlabelled image. Quoted fields follow RFC 4180.
 *
 * <p>A bad row (wrong number of fields, no file name, a file that does not exist) is reported with
 * its line number and left out; only an unreadable manifest or a missing header is fatal. A manifest
 * that someone else sent ({@link #readConfined}) may only name files inside its own folder: a row
 * naming an absolute path, a {@code ..} path or a link leading out is refused the same way whether
 * or not the file exists, so that it tells nothing about the rest of the machine. Problems name files
 * as the manifest wrote them, never by a path on this machine.
 *
 * <pre>{@code
 * Manifest manifest = Manifest.read(Path.of("photos/manifest.csv"));
 * manifest.problems().forEach(System.err::println);   // "manifest.csv:7: … does not exist"
 * for (ManifestEntry entry : manifest.entries()) { … entry.file(), entry.labels() … }
 * }</pre>
 */
public final class Manifest {

    private final Path source;
    private final List<ManifestEntry> entries;
    private final List<ManifestProblem> problems;

    private Manifest(Path source, List<ManifestEntry> entries, List<ManifestProblem> problems) {
        this.source = source;
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    /** A manifest of one's own: files may lie anywhere (the command-line tools). */
    public static Manifest read(Path csv) {
        return read(csv, false);
    }

    /** A manifest sent by someone else (an import): files must lie inside the manifest's folder. */
    public static Manifest readConfined(Path csv) {
        return read(csv, true);
    }

    private static Manifest read(Path csv, boolean confined) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ManifestException(csv.getFileName() + " is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the manifest " + csv, e);
        }
        List<CsvRow> rows = CsvRow.parse(lines);
        if (rows.isEmpty()) {
            throw new ManifestException(csv.getFileName() + " is empty: it needs a header line 'file,labels'");
        }
        List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
        int fileColumn = header.indexOf("file");
        int labelsColumn = header.indexOf("labels");
        if (fileColumn < 0 || labelsColumn < 0) {
            throw new ManifestException(csv.getFileName() + ":" + rows.get(0).line()
                    + ": the header must name the columns 'file' and 'labels', not " + header);
        }
        Path folder = csv.toAbsolutePath().getParent();
        List<ManifestEntry> entries = new ArrayList<>();
        List<ManifestProblem> problems = new ArrayList<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            String name = csv.getFileName().toString();
            if (row.fields().size() != header.size()) {
                problems.add(new ManifestProblem(
                        name,
                        row.line(),
                        "expected " + header.size() + " fields, found "
                                + row.fields().size()));
                continue;
            }
            String fileName = row.fields().get(fileColumn).strip();
            if (fileName.isEmpty()) {
                problems.add(new ManifestProblem(name, row.line(), "no file name"));
                continue;
            }
            Path file;
            try {
                file = folder.resolve(fileName).normalize();
            } catch (InvalidPathException e) { // a NUL character, say (found by ManifestFuzzTest)
                problems.add(new ManifestProblem(
                        name, row.line(), "'" + fileName.replace('\0', '?') + "' is not a valid file name"));
                continue;
            }
            if (confined && !inside(folder, file)) {
                problems.add(new ManifestProblem(name, row.line(), fileName + " is not inside the manifest's folder"));
                continue;
            }
            if (!Files.isRegularFile(file)) {
                problems.add(new ManifestProblem(name, row.line(), fileName + " does not exist"));
                continue;
            }
            Map<String, String> columns = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i), row.fields().get(i));
            }
            entries.add(new ManifestEntry(row.line(), file, terms(row.fields().get(labelsColumn)), columns));
        }
        return new Manifest(csv, entries, problems);
    }

    /** Whether the file lies in the folder, also once links are followed (checked only where it exists). */
    private static boolean inside(Path folder, Path file) {
        if (!file.startsWith(folder) || file.equals(folder)) {
            return false;
        }
        if (!Files.exists(file)) {
            return true;
        }
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    static List<String> terms(String labels) {
        return Arrays.stream(labels.split("\\|"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    public Path source() {
        return source;
    }

    public List<ManifestEntry> entries() {
        return entries;
    }

    /** The rows that were left out, and why. */
    public List<ManifestProblem> problems() {
        return problems;
    }

    public List<ManifestEntry> labelled() {
        return entries.stream().filter(ManifestEntry::labelled).toList();
    }

    /** Every term used, sorted. */
    public List<String> terms() {
        TreeSet<String> terms = new TreeSet<>();
        entries.forEach(e -> terms.addAll(e.labels()));
        return List.copyOf(terms);
    }
}
