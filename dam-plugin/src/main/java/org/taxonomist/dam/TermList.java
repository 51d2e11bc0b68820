package org.taxonomist.dam;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** A field's terms stored in one column, joined by '|' (no term contains it: {@link TaxonomyFieldDefinition}). */
public final class TermList {

    private TermList() {}

    public static String join(List<String> terms) {
        return String.join("|", terms);
    }

    public static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }

    /** The same terms, in any order. */
    public static boolean sameTerms(List<String> a, List<String> b) {
        return new HashSet<>(a).equals(new HashSet<>(b));
    }
}
