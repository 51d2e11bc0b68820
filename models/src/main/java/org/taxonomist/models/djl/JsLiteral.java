package org.taxonomist.models.djl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JavaScript object literal as minified by terser: unquoted keys, {@code !0}/{@code !1} for
 * booleans, numbers such as {@code .5} or {@code 1e-20}. nsfwjs ships its model topology this way
 * (inside {@code model.min.js}), which is not JSON. Values become {@link Map}, {@link List},
 * {@link Double}, {@link String}, {@link Boolean} or {@code null}.
 */
final class JsLiteral {

    private final String text;
    private int pos;

    private JsLiteral(String text, int start) {
        this.text = text;
        this.pos = start;
    }

    /** Parses the literal that starts at {@code start} in {@code text}. */
    static Object parse(String text, int start) {
        return new JsLiteral(text, start).value();
    }

    private Object value() {
        skipSpace();
        char c = peek();
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
            case '\'':
                return string();
            case '!':
                pos++;
                Object negated = value();
                if (negated instanceof Double d) {
                    return d == 0;
                }
                throw error("unsupported negation");
            default:
                if (c == '-' || c == '.' || Character.isDigit(c)) {
                    return number();
                }
                String word = identifier();
                return switch (word) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    case "null" -> null;
                    default -> throw error("unexpected '" + word + "'");
                };
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++; // {
        while (true) {
            skipSpace();
            if (peek() == '}') {
                pos++;
                return map;
            }
            String key = peek() == '"' || peek() == '\'' ? string() : identifier();
            skipSpace();
            expect(':');
            map.put(key, value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++; // [
        while (true) {
            skipSpace();
            if (peek() == ']') {
                pos++;
                return list;
            }
            list.add(value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            }
        }
    }

    private String string() {
        char quote = text.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\') {
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
    }

    private Double number() {
        int start = pos;
        while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        return Double.valueOf(text.substring(start, pos));
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length()
                && (Character.isLetterOrDigit(text.charAt(pos))
                        || text.charAt(pos) == '_'
                        || text.charAt(pos) == '$')) {
            pos++;
        }
        if (start == pos) {
            throw error("unexpected character '" + peek() + "'");
        }
        return text.substring(start, pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(pos);
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Cannot read the model topology at offset " + pos + ": " + what);
    }
}
