package org.taxonomist.models.manifest;

import java.util.ArrayList;
import java.util.List;

/** One CSV record (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks), with its first line number. */
public record CsvRow(int line, List<String> fields) {

    /** The field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
    public static String quote(String field) {
        boolean needsQuotes = field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    static List<CsvRow> parse(List<String> lines) {
        List<CsvRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int start = 0;
        for (int n = 0; n < lines.size(); n++) {
            String text =
                    n == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(n);
            if (!quoted) {
                start = n + 1;
                if (text.isBlank()) {
                    continue;
                }
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                field.append('\n');
                continue;
            }
            fields.add(field.toString());
            field.setLength(0);
            rows.add(new CsvRow(start, List.copyOf(fields)));
            fields.clear();
        }
        if (quoted) {
            fields.add(field.toString());
            rows.add(new CsvRow(start, List.copyOf(fields)));
        }
        return rows;
    }
}
