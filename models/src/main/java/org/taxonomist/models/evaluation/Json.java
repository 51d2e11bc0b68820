package org.taxonomist.models.evaluation;

/**
 * The little JSON writing that {@link Evaluation#toJson()} and the command line need, without a
 * library (models stays free of JSON dependencies): RFC 8259 strings and numbers.
 */
public final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {}

    /** A finite double as a JSON number (Java's shortest round-trip form, such as 0.75 or 1.0E-5); NaN and infinities are refused. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("No JSON number for " + value);
        }
        return Double.toString(value);
    }

    /** A quoted JSON string. */
    public static String string(String value) {
        StringBuilder out = new StringBuilder();
        string(out, value);
        return out.toString();
    }

    /** A JSON array of strings. */
    public static String strings(java.util.List<String> values) {
        return values.stream().map(Json::string).collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    /**
     * Appends a quoted JSON string: quote, backslash and control characters escaped; U+2028 and
     * U+2029 escaped too (they end lines in JavaScript); an unpaired surrogate, which has no UTF-8
     * form, is written as its \\u escape.
     */
    static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        unicode(out, c);
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicode(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u")
                .append(HEX[c >> 12 & 0xF])
                .append(HEX[c >> 8 & 0xF])
                .append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
    }
}
