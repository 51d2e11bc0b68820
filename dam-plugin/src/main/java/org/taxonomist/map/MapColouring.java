package org.taxonomist.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How the map's points are coloured: a legend of at most {@value #SHOWN} + 2 groups and, per point in the order of
 * the map's points, the index of its group (one byte a point, so 50,000 points travel in 50 kB).
 *
 * @param legend each group's name and how many points it has
 * @param codes  per point, its group's index in the legend
 */
public record MapColouring(String title, List<Group> legend, byte[] codes) {

    /** Named groups at most: more colours than this are not told apart on a map. */
    static final int SHOWN = 10;

    public record Group(String name, int count) {}

    /** Suspicion bins, from the most suspicious: scores at least this high. */
    private static final double[] SUSPICION = {0.8, 0.5, 0.0};

    /** One group: the map as it is. */
    public static MapColouring none(MapPoints points) {
        return grouped("All assets", points, p -> "all assets", List.of("all assets"));
    }

    /**
     * By a field's terms: the {@value #SHOWN} most frequent on the map, then "other terms", then "no term". An asset
     * with several terms takes its most frequent one, so that a group of assets sharing a common term keeps one colour.
     */
    public static MapColouring byTerm(String field, MapPoints points, Map<Long, List<String>> termsOf) {
        Map<String, Integer> frequency = new HashMap<>();
        for (MapPoints.Point p : points.points()) {
            termsOf.getOrDefault(p.assetId(), List.of()).forEach(t -> frequency.merge(t, 1, Integer::sum));
        }
        Comparator<String> commonestFirst =
                Comparator.<String>comparingInt(frequency::get).reversed().thenComparing(Comparator.naturalOrder());
        List<String> shown =
                frequency.keySet().stream().sorted(commonestFirst).limit(SHOWN).toList();
        List<String> legend = new ArrayList<>(shown);
        legend.add("other terms");
        legend.add("no term");
        return grouped(
                field,
                points,
                p -> termsOf.getOrDefault(p.assetId(), List.of()).stream()
                        .min(commonestFirst)
                        .map(t -> shown.contains(t) ? t : "other terms")
                        .orElse("no term"),
                legend);
    }

    /** Whether each asset has a term in the field: what is left to label, and where it sits. */
    public static MapColouring unlabelledIn(String field, MapPoints points, Set<Long> labelled) {
        return grouped(
                "Unlabelled in " + field,
                points,
                p -> labelled.contains(p.assetId()) ? "labelled" : "unlabelled",
                List.of("unlabelled", "labelled"));
    }

    /**
     * By the last audit's suspicion of the asset's labels (the highest score of the corrections it proposed for the
     * asset): at least 0.8, at least 0.5, below, or not flagged by that audit.
     */
    public static MapColouring bySuspicion(MapPoints points, Map<Long, Double> suspicion) {
        List<String> legend = List.of("suspicion ≥ 0.8", "suspicion 0.5–0.8", "suspicion < 0.5", "not flagged");
        return grouped(
                "Last audit's suspicion",
                points,
                p -> {
                    Double score = suspicion.get(p.assetId());
                    if (score == null) {
                        return legend.get(3);
                    }
                    for (int bin = 0; bin < SUSPICION.length; bin++) {
                        if (score >= SUSPICION[bin]) {
                            return legend.get(bin);
                        }
                    }
                    return legend.get(2);
                },
                legend);
    }

    private static MapColouring grouped(
            String title, MapPoints points, Function<MapPoints.Point, String> groupOf, List<String> legend) {
        Map<String, Integer> index = new LinkedHashMap<>();
        legend.forEach(name -> index.put(name, index.size()));
        int[] counts = new int[legend.size()];
        byte[] codes = new byte[points.size()];
        for (int i = 0; i < codes.length; i++) {
            int group = index.get(groupOf.apply(points.points().get(i)));
            codes[i] = (byte) group;
            counts[group]++;
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < counts.length; g++) {
            groups.add(new Group(legend.get(g), counts[g]));
        }
        return new MapColouring(title, groups, codes);
    }
}
