package org.taxonomist.models.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * A command's "--name value" (or "--name=value") options, parsed by picocli; an unknown, repeated or valueless option
 * is a usage error naming the options the command takes.
 */
final class Options {

    private final ParseResult parsed;

    Options(List<String> args, List<String> allowed) {
        CommandSpec command = CommandSpec.create();
        allowed.forEach(name -> command.addOption(
                OptionSpec.builder("--" + name).type(String.class).arity("1").build()));
        try {
            parsed = new CommandLine(command).parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            throw new UsageException(e.getMessage() + "; options: --" + String.join(", --", allowed));
        }
    }

    Path path(String name) {
        return Path.of(required(name));
    }

    String required(String name) {
        String value = text(name, null);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    String text(String name, String fallback) {
        return parsed.matchedOptionValue("--" + name, fallback);
    }

    int number(String name, int fallback) {
        String value = text(name, null);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not " + value);
        }
    }

    /** Thrown for a bad command line; the launcher prints it with the usage and exits with 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
