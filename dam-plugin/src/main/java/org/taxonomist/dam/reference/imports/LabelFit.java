package org.taxonomist.dam.reference.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which taxonomy field a manifest's labels column belongs to, worked out before anything is stored: how many labelled
 * rows have only terms of each field. The field most rows fit is proposed; a chosen field that no row fits, while
 * another field fits some, is a mistake to refuse rather than a thousand rows to skip.
 *
 * @param labelledRows rows with at least one label
 * @param rowsPerField per field, in taxonomy order, the labelled rows whose labels are all its terms
 */
public record LabelFit(int labelledRows, Map<String, Integer> rowsPerField) {

    /**
     * @param labels each row's labels (an empty list: a row without labels)
     * @param fields each field's test of a term, in taxonomy order
     */
    public static LabelFit of(List<List<String>> labels, Map<String, Predicate<String>> fields) {
        List<List<String>> labelled = labels.stream().filter(l -> !l.isEmpty()).toList();
        Map<String, Integer> rows = new LinkedHashMap<>();
        fields.forEach((field, isTerm) -> rows.put(field, (int)
                labelled.stream().filter(l -> l.stream().allMatch(isTerm)).count()));
        return new LabelFit(labelled.size(), rows);
    }

    /** The field the most labelled rows fit (the first in taxonomy order on a tie); empty when none fits any. */
    public Optional<String> proposed() {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> field : rowsPerField.entrySet()) {
            if (field.getValue() > most) {
                best = field.getKey();
                most = field.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the labels cannot be meant for the chosen field: none fits it and some fit another. */
    public boolean wrongField(String chosen) {
        return labelledRows > 0
                && rowsPerField.getOrDefault(chosen, 0) == 0
                && proposed().isPresent();
    }

    /** "195 rows have labels: 195 fit Subject, 3 fit Keywords, none fit Asset Type." */
    public String describe() {
        if (labelledRows == 0) {
            return "No row has labels.";
        }
        return labelledRows + (labelledRows == 1 ? " row has" : " rows have") + " labels: "
                + rowsPerField.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(e -> (e.getValue() == 0
                                        ? "none fit "
                                        : e.getValue() + (e.getValue() == 1 ? " fits " : " fit "))
                                + e.getKey())
                        .collect(Collectors.joining(", "))
                + ".";
    }
}
