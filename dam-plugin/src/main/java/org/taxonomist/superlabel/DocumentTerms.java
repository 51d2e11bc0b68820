package org.taxonomist.superlabel;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.taxonomist.dam.KeywordList;

/**
 * The words of an asset as topics see them: its field terms and its keywords ({@link KeywordList#items}), each
 * normalised ({@link #normalised}), each once. Field terms are taken whole. Lower case throughout, so the Subject term "Nature"
 * and the keyword "nature" are the same word to the topics, and to the queries that look for them.
 */
public final class DocumentTerms {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DocumentTerms() {}

    /** The asset's terms, in order of appearance: the fields' (those {@code fields} names) then the keywords'. */
    public static List<String> of(Map<String, List<String>> fieldValues, Collection<String> fields, String keywords) {
        Set<String> terms = new LinkedHashSet<>();
        fieldValues.forEach((field, values) -> {
            if (fields.contains(field)) {
                values.stream()
                        .map(DocumentTerms::normalised)
                        .filter(t -> !t.isEmpty())
                        .forEach(terms::add);
            }
        });
        terms.addAll(keywords(keywords));
        return List.copyOf(terms);
    }

    /** Keywords split into terms as the class comment says. */
    static List<String> keywords(String keywords) {
        return KeywordList.items(keywords).stream()
                .map(DocumentTerms::normalised)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    /** Lower case, no surrounding or doubled white space: how terms, names and queries are compared. */
    public static String normalised(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
