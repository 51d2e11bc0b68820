package org.taxonomist.models.topics;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps MALLET from reconfiguring its host's logging. MALLET's logger class, when first loaded,
 * replaces the JVM's whole java.util.logging configuration with its own (which closes the
 * handlers already installed) unless a configuration property is set. Payara Micro sets one; a
 * command-line tool or a test JVM does not. Loading that class once with
 * {@code java.util.logging.config.class} naming a do-nothing configurator ({@code java.lang.Object}:
 * the log manager only instantiates it) turns the reset into a no-op. MALLET's per-iteration
 * progress lines are then kept out of the log, unless the deployment sets a level for the
 * {@code cc.mallet} logger itself.
 */
final class MalletLogging {

    private static final String CONFIG_CLASS = "java.util.logging.config.class";
    private static final String CONFIG_FILE = "java.util.logging.config.file";
    /** Held strongly: the log manager keeps loggers only weakly, and would forget the level. */
    private static final Logger MALLET = Logger.getLogger("cc.mallet");

    static {
        synchronized (System.class) {
            if (System.getProperty(CONFIG_CLASS) == null && System.getProperty(CONFIG_FILE) == null) {
                System.setProperty(CONFIG_CLASS, Object.class.getName());
                try {
                    Class.forName("cc.mallet.util.MalletLogger", true, MalletLogging.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("MALLET is not on the class path", e);
                } finally {
                    System.clearProperty(CONFIG_CLASS);
                }
            }
        }
        if (MALLET.getLevel() == null) {
            MALLET.setLevel(Level.WARNING);
        }
    }

    private MalletLogging() {}

    /** Call before the first use of any MALLET class (the work is done once, when this class loads). */
    static void guard() {
        // Loading this class did it.
    }
}
