package org.taxonomist.models.backbone;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which backbone to open, as one configuration string: {@code scheme:location?key=value&...}.
 *
 * <pre>
 * nsfwjs:inception_v3
 * torchscript:/models/resnet50.pt?size=224&amp;mean=0.485,0.456,0.406&amp;std=0.229,0.224,0.225&amp;id=resnet50&amp;version=1
 * onnx:/models/clip-vit-b32-visual.onnx?size=224&amp;resize=crop&amp;pool=none
 * djl://ai.djl.pytorch/resnet?layers=50&amp;size=224
 * </pre>
 *
 * Option values are URL-decoded ({@code %26} for a literal {@code &}). For {@code djl://} URLs the
 * location is the URL itself, and options that the provider does not know are handed on to DJL as
 * the URL's own query (artifact filters). Which options a scheme takes is the provider's business
 * (see the module README); unknown ones are refused so that a typo never goes unnoticed.
 *
 * @param text     the spec as given (trimmed)
 * @param scheme   {@code nsfwjs}, {@code torchscript}, {@code onnx}, {@code djl}, ...
 * @param location what follows the scheme, without the query (a model name, a file, a URL)
 * @param options  the query, in the given order
 */
public record BackboneSpec(String text, String scheme, String location, Map<String, String> options) {

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9_-]*");

    public BackboneSpec {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} saying what is wrong. */
    public static BackboneSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Empty backbone spec");
        }
        String spec = text.strip();
        int colon = spec.indexOf(':');
        if (colon <= 0 || !SCHEME.matcher(spec.substring(0, colon)).matches()) {
            throw new IllegalArgumentException(
                    "Backbone spec '" + spec + "' does not start with a scheme such as nsfwjs: or onnx:");
        }
        String scheme = spec.substring(0, colon);
        int query = spec.indexOf('?');
        String location = spec.substring(scheme.equals("djl") ? 0 : colon + 1, query < 0 ? spec.length() : query);
        if (location.isBlank() || location.equals("djl://")) {
            throw new IllegalArgumentException("Backbone spec '" + spec + "' names no model");
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (query >= 0) {
            for (String pair : spec.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (options.put(key, value) != null) {
                    throw new IllegalArgumentException(
                            "Option '" + key + "' given twice in backbone spec '" + spec + "'");
                }
            }
        }
        return new BackboneSpec(spec, scheme, location, options);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The option's value, or {@code fallback} when absent or empty. */
    public String option(String key, String fallback) {
        String value = options.get(key);
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** An integer option; {@code fallback} when absent. */
    public int intOption(String key, int fallback) {
        String value = option(key, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Option " + key + "=" + value + " of backbone spec '" + text + "' is not an integer");
        }
    }

    /** A comma-separated list of numbers of exactly {@code count} values; {@code fallback} when absent. */
    public float[] floatsOption(String key, int count, float[] fallback) {
        String value = option(key, null);
        if (value == null) {
            return fallback;
        }
        String[] parts = value.split(",");
        if (parts.length != count) {
            throw new IllegalArgumentException(
                    "Option " + key + " of backbone spec '" + text + "' needs " + count + " comma-separated numbers");
        }
        float[] result = new float[count];
        try {
            for (int i = 0; i < count; i++) {
                result[i] = Float.parseFloat(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Option " + key + "=" + value + " of backbone spec '" + text + "' is not a list of numbers");
        }
        return result;
    }

    /** An option that must be one of {@code allowed}; {@code fallback} when absent. */
    public String choiceOption(String key, String fallback, List<String> allowed) {
        String value = option(key, fallback);
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(
                    "Option " + key + "=" + value + " of backbone spec '" + text + "' is not one of " + allowed);
        }
        return value;
    }

    /** Throws when an option outside {@code known} was given. */
    public void requireKnownOptions(Set<String> known) {
        List<String> unknown = new ArrayList<>(options.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown option(s) " + unknown + " in backbone spec '" + text + "'; "
                    + scheme + ": takes " + new TreeSet<>(known));
        }
    }
}
