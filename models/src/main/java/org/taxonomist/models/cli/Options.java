package org.taxonomist.models.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "--name value" command-line options; a missing or unknown option is a usage error naming it. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(List<String> args, List<String> allowed) {
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!name.startsWith("--") || !allowed.contains(name.substring(2))) {
                throw new UsageException("Unknown option " + name + "; options: --" + String.join(", --", allowed));
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(name + " needs a value");
            }
            values.put(name.substring(2), args.get(++i));
        }
    }

    Path path(String name) {
        return Path.of(required(name));
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int number(String name, int fallback) {
        try {
            return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not " + values.get(name));
        }
    }

    /** Thrown for a bad command line; the launcher prints it with the usage and exits with 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
