package org.taxonomist.duplicates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.KeywordList;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.superlabel.DocumentTerms;

/**
 * What the kept copy of a picture holds after the others are merged into it: in a multi-valued field, its own terms
 * and then every other copy's (a union, in the copies' order); in a single-valued field, its own term, or when it
 * has none the first other copy's; its free-text keywords, a union of the copies' items. Nothing is lost that the
 * kept copy had.
 */
public final class TermMerge {

    private TermMerge() {}

    /** The fields whose terms change, with their new terms (fields left as they are are not named). */
    public static Map<String, List<String>> into(
            DamAsset kept, List<DamAsset> others, List<TaxonomyFieldDefinition> fields) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (TaxonomyFieldDefinition field : fields) {
            List<String> own = kept.values(field.name());
            List<String> merged =
                    field.multiValued() ? union(own, others, field.name()) : single(own, others, field.name());
            if (!merged.equals(own)) {
                changes.put(field.name(), merged);
            }
        }
        return changes;
    }

    /**
     * The kept copy's keyword items followed by the other copies' items it lacks (compared as topics compare words:
     * case and spacing aside), as one comma list; empty when the others add nothing, so its text stays as written.
     */
    public static Optional<String> keywords(DamAsset kept, List<DamAsset> others) {
        Map<String, String> items = new LinkedHashMap<>();
        Stream.concat(Stream.of(kept), others.stream())
                .flatMap(copy -> KeywordList.items(copy.keywords()).stream())
                .forEach(item -> items.putIfAbsent(DocumentTerms.normalised(item), item));
        String merged = KeywordList.join(List.copyOf(items.values()));
        return KeywordList.items(merged).equals(KeywordList.items(kept.keywords()))
                ? Optional.empty()
                : Optional.of(merged);
    }

    private static List<String> union(List<String> own, List<DamAsset> others, String field) {
        Set<String> terms = new LinkedHashSet<>(own);
        others.forEach(other -> terms.addAll(other.values(field)));
        return new ArrayList<>(terms);
    }

    private static List<String> single(List<String> own, List<DamAsset> others, String field) {
        if (!own.isEmpty()) {
            return own;
        }
        return others.stream()
                .map(other -> other.values(field))
                .filter(values -> !values.isEmpty())
                .findFirst()
                .map(values -> List.of(values.get(0)))
                .orElse(own);
    }
}
