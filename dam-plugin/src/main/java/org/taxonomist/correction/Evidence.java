package org.taxonomist.correction;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.taxonomist.dam.TermList;

/**
 * Why an audit proposes a correction, for the librarian who decides it: a suspicion score saturates near 1 for many
 * assets, so the evidence is what the models believe of each term in question, where the asset ranks among all the
 * audited ones, and which labelled assets look most like it.
 *
 * @param probabilities the held-out probability of the current, proposed and most probable terms, most probable first
 * @param rank          1 for the audit's most suspicious asset; 0 when the audit that proposed it kept no evidence
 * @param ranked        how many labelled assets the audit scored
 * @param neighbours    the ids of the labelled assets most alike, most alike first
 */
public record Evidence(Map<String, Double> probabilities, int rank, int ranked, List<Long> neighbours) {

    public static final Evidence NONE = new Evidence(Map.of(), 0, 0, List.of());

    public Evidence {
        probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
        neighbours = List.copyOf(neighbours);
    }

    /** "top 2 %": the share of audited assets ranked as or more suspicious, rounded up to a whole per cent. */
    public String percentile() {
        return rank == 0 ? "" : "top " + (int) Math.ceil(100.0 * rank / ranked) + " %";
    }

    String storedProbabilities() {
        return probabilities.entrySet().stream()
                .map(e -> e.getKey() + "=" + String.format(Locale.ROOT, "%.3f", e.getValue()))
                .collect(Collectors.joining("|"));
    }

    String storedNeighbours() {
        return neighbours.stream().map(String::valueOf).collect(Collectors.joining("|"));
    }

    static Evidence stored(String probabilities, int rank, int ranked, String neighbours) {
        Map<String, Double> parsed = new LinkedHashMap<>();
        for (String entry : TermList.split(probabilities == null ? "" : probabilities)) {
            int at = entry.lastIndexOf('='); // a term may hold '=', a number never does
            parsed.put(entry.substring(0, at), Double.parseDouble(entry.substring(at + 1)));
        }
        List<Long> ids = Arrays.stream((neighbours == null ? "" : neighbours).split("\\|"))
                .filter(id -> !id.isEmpty())
                .map(Long::valueOf)
                .toList();
        return new Evidence(parsed, rank, ranked, ids);
    }
}
