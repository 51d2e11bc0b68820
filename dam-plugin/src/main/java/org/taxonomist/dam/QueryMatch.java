package org.taxonomist.dam;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a search query names a phrase (a super-label's name or term, a taxonomy synonym): the
 * phrase's words appear in the query in a row, whole, ignoring case and punctuation — "Beach scene
 * at dusk" names "beach scene", "beaches" does not name "beach". Shared by the DAM and the plugin so
 * that every {@link SearchExpansion} reads a query alike.
 */
public final class QueryMatch {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private QueryMatch() {}

    public static boolean names(String query, String phrase) {
        String words = words(phrase);
        return !words.isEmpty() && (" " + words(query) + " ").contains(" " + words + " ");
    }

    private static String words(String text) {
        return NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
