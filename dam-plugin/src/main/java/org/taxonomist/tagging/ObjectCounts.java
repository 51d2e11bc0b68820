package org.taxonomist.tagging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How many of each object an image shows, as people say it: "2 × person, bottle" (most numerous first). */
public final class ObjectCounts {

    private ObjectCounts() {}

    public static String of(List<String> labels) {
        Map<String, Long> counts =
                labels.stream().collect(Collectors.groupingBy(l -> l, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())) // stable: ties keep the order found
                .map(e -> e.getValue() == 1 ? e.getKey() : e.getValue() + " × " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
