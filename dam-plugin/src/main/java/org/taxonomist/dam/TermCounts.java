package org.taxonomist.dam;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts per taxonomy term, as a query grouped by field and term returns them: by field, then term. */
public final class TermCounts {

    private TermCounts() {}

    /** @param rows each {field, term, count} */
    public static Map<String, Map<String, Long>> of(List<Object[]> rows) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        rows.forEach(row -> counts.computeIfAbsent((String) row[0], f -> new HashMap<>())
                .put((String) row[1], ((Number) row[2]).longValue()));
        return counts;
    }
}
