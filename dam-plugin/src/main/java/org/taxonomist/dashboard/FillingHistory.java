package org.taxonomist.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each field's filling rate over the recorded days, ready to draw: one percentage per field and
 * day, null where the field has no snapshot that day (it did not exist yet, or the server was down).
 *
 * @param days     the days with at least one snapshot, oldest first
 * @param percents field → its percentages (0–100), one per day of {@code days}
 */
public record FillingHistory(List<LocalDate> days, Map<String, List<Double>> percents) {

    static FillingHistory of(List<FillingSnapshot> snapshots) {
        List<LocalDate> days = snapshots.stream()
                .map(FillingSnapshot::getDay)
                .distinct()
                .sorted()
                .toList();
        Map<String, List<Double>> percents = new TreeMap<>();
        for (FillingSnapshot snapshot : snapshots) {
            percents.computeIfAbsent(snapshot.getField(), f -> new ArrayList<>(Collections.nCopies(days.size(), null)))
                    .set(days.indexOf(snapshot.getDay()), snapshot.rate().percent());
        }
        return new FillingHistory(days, percents);
    }
}
