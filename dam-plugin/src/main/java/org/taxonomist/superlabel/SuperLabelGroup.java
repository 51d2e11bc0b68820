package org.taxonomist.superlabel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.taxonomist.dam.QueryMatch;

/**
 * A super-label with those merged into it: what assets, searches and the console see as one. An
 * asset's score in the group is the sum of its scores in the members (an asset's topic shares sum
 * to 1, so the sum stays a share).
 */
public record SuperLabelGroup(SuperLabel root, List<SuperLabel> members) {

    /** A term defines a super-label for searches when it has at least this share of the topic (and is among its first {@value #DEFINING_TERMS}). */
    static final double DEFINING_WEIGHT = 0.05;

    static final int DEFINING_TERMS = 5;

    /** The groups of the active and promoted super-labels; hidden and merged ones are shown nowhere on their own. */
    public static List<SuperLabelGroup> visible(List<SuperLabel> labels) {
        Map<Long, List<SuperLabel>> byRoot = new LinkedHashMap<>();
        labels.stream()
                .filter(SuperLabelGroup::isVisible)
                .forEach(l -> byRoot.put(l.getId(), new ArrayList<>(List.of(l))));
        labels.stream()
                .filter(l -> l.getStatus() == SuperLabelStatus.MERGED && byRoot.containsKey(l.getMergedInto()))
                .forEach(l -> byRoot.get(l.getMergedInto()).add(l));
        return byRoot.values().stream()
                .map(members -> new SuperLabelGroup(members.get(0), List.copyOf(members)))
                .toList();
    }

    static boolean isVisible(SuperLabel label) {
        return label.getStatus() == SuperLabelStatus.ACTIVE || label.getStatus() == SuperLabelStatus.PROMOTED;
    }

    public List<Long> memberIds() {
        return members.stream().map(SuperLabel::getId).toList();
    }

    /** Whether a librarian named it (or a label merged into it): what lets it expand searches by default. */
    public boolean named() {
        return members.stream().anyMatch(m -> m.getName() != null);
    }

    /**
     * Whether a search query means this group: it names (see {@link QueryMatch}) a member's name or defining term, or
     * all its words (English stop words aside) are words of a member's name, so that "houses" finds "houses and homes"
     * while "beach scene 2026" does not find "Events 2026".
     */
    public boolean namedBy(String query) {
        Set<String> asked = words(query);
        return phrases().stream().anyMatch(phrase -> QueryMatch.names(query, phrase))
                || (!asked.isEmpty()
                        && members.stream()
                                .map(SuperLabel::getName)
                                .filter(Objects::nonNull)
                                .anyMatch(name -> words(name).containsAll(asked)));
    }

    /** The members' names and defining terms. */
    List<String> phrases() {
        return members.stream()
                .flatMap(m -> Stream.concat(
                        Stream.of(m.getName()),
                        m.getTopTerms().stream()
                                .limit(DEFINING_TERMS)
                                .filter(t -> t.weight() >= DEFINING_WEIGHT)
                                .map(TopTerm::term)))
                .filter(Objects::nonNull)
                .toList();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w))
                .collect(Collectors.toSet());
    }
}
