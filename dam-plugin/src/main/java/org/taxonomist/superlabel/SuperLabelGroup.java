package org.taxonomist.superlabel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

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

    /** What a query may name to mean this group: the members' names and defining terms. */
    public List<String> phrases() {
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
}
