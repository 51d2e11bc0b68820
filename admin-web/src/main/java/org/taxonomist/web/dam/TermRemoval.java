package org.taxonomist.web.dam;

import java.util.ArrayList;
import java.util.List;

/**
 * What removing a term from a field's list does, said before the admin confirms: the assets that
 * carry it keep it, its pending suggestions stay in Review, its synonyms go, and a model trained
 * with it suggests it until the field is retrained (training reads the field's list).
 */
record TermRemoval(String field, String term, long labelled, long pending, List<String> synonyms, boolean learnt) {

    String effects() {
        List<String> effects = new ArrayList<>();
        effects.add(
                labelled == 0
                        ? "no asset carries it"
                        : count(labelled, "asset carries", "assets carry") + " it and keep" + (labelled == 1 ? "s" : "")
                                + " it until removed there");
        if (pending > 0) {
            effects.add(count(pending, "suggestion", "suggestions") + " of it stay" + (pending == 1 ? "s" : "")
                    + " in Review");
        }
        if (!synonyms.isEmpty()) {
            effects.add("searches for " + String.join(", ", synonyms) + " no longer find it");
        }
        if (learnt) {
            effects.add("a model trained with it suggests it until " + field + " is retrained");
        }
        return "Remove \"" + term + "\" from " + field + "? " + capitalised(String.join("; ", effects)) + ".";
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
