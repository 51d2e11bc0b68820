package org.taxonomist.batch.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Problems with the same reason, listed once with the lines (or count of assets) they concern: 195 rows skipped for
 * one reason read as one entry, not 195.
 *
 * @param reason what went wrong
 * @param lines the manifest lines it concerns, in order (empty for problems about assets or the whole job)
 * @param count how many problems had this reason
 * @param merged whether these are rows merged into an asset that held their image (not skipped)
 */
public record ProblemGroup(String reason, List<Integer> lines, int count, boolean merged) {

    /** How many line ranges {@link #linesText()} names before "…". */
    private static final int SHOWN_RANGES = 8;

    /** Groups by reason, in the order each reason first occurred. */
    public static List<ProblemGroup> of(List<JobProblem> problems) {
        Map<String, List<JobProblem>> byReason = new LinkedHashMap<>();
        problems.forEach(p ->
                byReason.computeIfAbsent(p.getReason(), r -> new ArrayList<>()).add(p));
        return byReason.entrySet().stream()
                .map(e -> new ProblemGroup(
                        e.getKey(),
                        e.getValue().stream()
                                .map(JobProblem::getLine)
                                .filter(Objects::nonNull)
                                .sorted()
                                .toList(),
                        e.getValue().size(),
                        e.getValue().get(0).isMerged()))
                .toList();
    }

    /** "3", "3, 7–9" or "2–196, 199, …": runs of consecutive lines as ranges. */
    public String linesText() {
        List<String> ranges = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && ranges.size() < SHOWN_RANGES) {
            int j = i;
            while (j + 1 < lines.size() && lines.get(j + 1) <= lines.get(j) + 1) {
                j++;
            }
            ranges.add(lines.get(i).equals(lines.get(j)) ? lines.get(i).toString() : lines.get(i) + "–" + lines.get(j));
            i = j + 1;
        }
        return String.join(", ", ranges) + (i < lines.size() ? ", …" : "");
    }
}
