package org.taxonomist.dam;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An asset's free-text keywords read as items: written as a list ("sand bar, sea; surf") one item per entry, so a
 * phrase stays whole; written without a separator ("coast ocean sandbar") one item per word.
 */
public final class KeywordList {

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;|\\n]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private KeywordList() {}

    /** The items as written (stripped), in order, blanks left out; none for null. */
    public static List<String> items(String keywords) {
        if (keywords == null || keywords.isBlank()) {
            return List.of();
        }
        Pattern separator = LIST_SEPARATORS.matcher(keywords).find() ? LIST_SEPARATORS : SPACES;
        return separator
                .splitAsStream(keywords)
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    /** The items as one list text, the way the DAM shows keywords; null for none. */
    public static String join(List<String> items) {
        return items.isEmpty() ? null : String.join(", ", items);
    }
}
