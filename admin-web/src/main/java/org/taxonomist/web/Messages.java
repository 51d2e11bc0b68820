package org.taxonomist.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import org.taxonomist.decision.BulkDecision;

/** Every console action ends with one of these, shown by the template's message area. */
public final class Messages {

    private Messages() {}

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        add(FacesMessage.SEVERITY_WARN, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /** Ends a message with a full stop when its author did not. */
    public static String sentence(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    /**
     * Shows why each entry of a bulk action failed ("Correction 12: …") and returns how many
     * succeeded, for the caller's own message about those.
     */
    public static long failures(List<BulkDecision.Outcome> outcomes, String entry) {
        outcomes.stream()
                .filter(o -> o.error() != null)
                .forEach(o -> error(entry + " " + o.id() + ": " + sentence(o.error())));
        return outcomes.stream().filter(o -> o.error() == null).count();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
