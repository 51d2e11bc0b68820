package org.taxonomist.models.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** One CSV record (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks), with its first line number. */
public record CsvRow(int line, List<String> fields) {

    /**
     * RFC 4180 read leniently, as spreadsheets write it: text after a closing quote belongs to the field, an unclosed
     * quote runs to the end, and blank lines are skipped.
     */
    private static final CSVFormat LENIENT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(true)
            .setTrailingData(true)
            .setLenientEof(true)
            .get();

    private static final CSVFormat WRITTEN =
            CSVFormat.RFC4180.builder().setRecordSeparator("").get();

    /** The field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
    public static String quote(String field) {
        return field.isEmpty() ? "" : WRITTEN.format(field);
    }

    static List<CsvRow> parse(List<String> lines) {
        String text = String.join("\n", lines);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LineNumbers lineNumbers = new LineNumbers(text);
        List<CsvRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, LENIENT)) {
            for (CSVRecord record : parser) {
                List<String> fields = record.toList();
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue; // a line of spaces
                }
                rows.add(new CsvRow(lineNumbers.of(record.getCharacterPosition()), List.copyOf(fields)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String is never unreadable
        }
        return rows;
    }

    /** The 1-based line on which a character of the text lies, asked in increasing order of position. */
    private static final class LineNumbers {

        private final String text;
        private int scanned;
        private int line = 1;

        LineNumbers(String text) {
            this.text = text;
        }

        int of(long position) {
            for (; scanned < position && scanned < text.length(); scanned++) {
                if (text.charAt(scanned) == '\n') {
                    line++;
                }
            }
            // a record's position is where the blank lines skipped before it begin
            for (; scanned < text.length() && text.charAt(scanned) == '\n'; scanned++) {
                line++;
            }
            return line;
        }
    }
}
