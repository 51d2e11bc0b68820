package org.taxonomist.models.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Super-labels on a real corpus (not a test): Debian's packages as assets and their debtags as
 * terms ({@code Tag: implemented-in::c, role::program, use::editing, works-with::image}). Debtags
 * are faceted: the part before {@code ::} names the facet. A topic lines up with the facets when
 * its top terms share one, so per topic this prints its top terms, the dominant facet and its
 * purity (the share of the top 10 terms in that facet), then the mean purity and NPMI coherence,
 * beside the same figures for random groups of 10 tags drawn by frequency (what chance gives),
 * and coherence for several topic counts.
 * <pre>
 * mvn -q -o -pl models exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.taxonomist.models.topics.DebtagsTopicsReport \
 *     [-Dexec.args="[dumpavail-file] [--section] [--topics K]"]
 * </pre>
 * Without a file it runs {@code apt-cache dumpavail}. {@code --section} adds each package's
 * Section (without its archive area) as a term {@code section::…}.
 */
public final class DebtagsTopicsReport {

    private static final int SHOWN = 10;

    private DebtagsTopicsReport() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> options = Arrays.asList(args);
        boolean section = options.contains("--section");
        int k = options.contains("--topics")
                ? Integer.parseInt(options.get(options.indexOf("--topics") + 1))
                : TopicSettings.DEFAULT_TOPICS;
        String file = options.isEmpty() || options.get(0).startsWith("--") ? null : options.get(0);
        List<List<String>> documents =
                file == null ? fromAptCache(section) : read(Files.newBufferedReader(Path.of(file)), section);
        Set<String> vocabulary = new HashSet<>();
        documents.forEach(vocabulary::addAll);
        System.out.printf(
                "%d tagged packages, %d distinct tags, %.1f tags per package on average%n",
                documents.size(),
                vocabulary.size(),
                documents.stream().mapToInt(List::size).average().orElse(0));

        Baseline chance = baseline(documents, k);
        System.out.printf(
                "random groups of %d tags drawn by frequency: purity %.2f, NPMI %.3f%n%n",
                SHOWN, chance.purity(), chance.coherence());
        for (TopicSettings settings :
                List.of(TopicSettings.lda().withTopics(k), TopicSettings.nmf().withTopics(k))) {
            report(documents, settings);
        }
        for (TopicSettings settings : List.of(TopicSettings.lda(), TopicSettings.nmf())) {
            System.out.print(settings.method() + " coherence by topic count:");
            for (TopicCountQuality quality :
                    Topics.compareTopicCounts(documents, List.of(10, 20, 30, 40, 60), settings)) {
                System.out.printf(" k=%d %.3f;", quality.topics(), quality.coherence());
            }
            System.out.println();
        }
    }

    private static void report(List<List<String>> documents, TopicSettings settings) {
        long start = System.nanoTime();
        TopicModel model = Topics.fit(documents, settings).model();
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] coherence = Coherence.npmi(documents, model);
        double puritySum = 0;
        System.out.printf(
                "%s, k=%d, %d iterations, %d threads, seed %d: %.1f s%n",
                settings.method(),
                settings.topics(),
                settings.iterations(),
                settings.threads(),
                settings.seed(),
                seconds);
        for (int topic = 0; topic < model.topics(); topic++) {
            List<String> top = model.topTerms(topic, SHOWN).stream()
                    .map(WeightedTerm::term)
                    .toList();
            Map.Entry<String, Integer> facet = dominantFacet(top);
            double purity = facet.getValue() / (double) top.size();
            puritySum += purity;
            StringBuilder terms = new StringBuilder();
            for (WeightedTerm term : model.topTerms(topic, SHOWN)) {
                terms.append(String.format(" %s %.3f,", term.term(), term.weight()));
            }
            System.out.printf(
                    "  topic %2d  facet %-14s purity %.1f  NPMI %6.3f |%s%n",
                    topic, facet.getKey(), purity, coherence[topic], terms.substring(0, terms.length() - 1));
        }
        System.out.printf(
                "%s mean purity %.2f, mean NPMI %.3f%n%n",
                settings.method(), puritySum / model.topics(), Coherence.mean(coherence));
    }

    private record Baseline(double purity, double coherence) {}

    /** Purity and coherence of random groups of tags, each tag drawn with probability ∝ its document frequency. */
    private static Baseline baseline(List<List<String>> documents, int groups) {
        List<String> pool = new ArrayList<>();
        documents.forEach(pool::addAll);
        SplittableRandom random = new SplittableRandom(42);
        List<List<String>> drawn = new ArrayList<>();
        double purity = 0;
        for (int g = 0; g < groups; g++) {
            Set<String> group = new LinkedHashSet<>();
            while (group.size() < SHOWN) {
                group.add(pool.get(random.nextInt(pool.size())));
            }
            drawn.add(List.copyOf(group));
            purity += dominantFacet(drawn.get(g)).getValue() / (double) SHOWN;
        }
        return new Baseline(purity / groups, Coherence.mean(Coherence.npmi(documents, drawn)));
    }

    /** The facet (namespace before "::") most of the tags share, and how many share it; null for no tags. */
    static Map.Entry<String, Integer> dominantFacet(List<String> tags) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String tag : tags) {
            int separator = tag.indexOf("::");
            counts.merge(separator < 0 ? tag : tag.substring(0, separator), 1, Integer::sum);
        }
        Map.Entry<String, Integer> dominant = null;
        for (Map.Entry<String, Integer> facet : counts.entrySet()) { // alphabetical, so ties go to the first name
            if (dominant == null || facet.getValue() > dominant.getValue()) {
                dominant = facet;
            }
        }
        return dominant;
    }

    private static List<List<String>> fromAptCache(boolean section) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("apt-cache", "dumpavail")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<List<String>> documents;
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            documents = read(reader, section);
        }
        if (process.waitFor() != 0) {
            throw new IOException("apt-cache dumpavail failed with exit code " + process.exitValue());
        }
        return documents;
    }

    /**
     * One document per tagged package (the first stanza of each name): its tags, plus its
     * section when asked. Field values may continue on indented lines.
     */
    static List<List<String>> read(BufferedReader reader, boolean section) throws IOException {
        List<List<String>> documents = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, StringBuilder> fields = new HashMap<>();
        String field = null;
        for (String line = reader.readLine(); ; line = reader.readLine()) {
            if (line == null || line.isBlank()) {
                addPackage(fields, section, seen, documents);
                fields.clear();
                field = null;
                if (line == null) {
                    return documents;
                }
            } else if (Character.isWhitespace(line.charAt(0))) {
                if (field != null) {
                    fields.get(field).append(' ').append(line.strip());
                }
            } else {
                int colon = line.indexOf(':');
                field = colon < 0 ? null : line.substring(0, colon);
                if (field != null) {
                    fields.put(
                            field, new StringBuilder(line.substring(colon + 1).strip()));
                }
            }
        }
    }

    private static void addPackage(
            Map<String, StringBuilder> fields, boolean section, Set<String> seen, List<List<String>> documents) {
        StringBuilder name = fields.get("Package");
        StringBuilder tags = fields.get("Tag");
        if (name == null || tags == null || !seen.add(name.toString())) {
            return;
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String tag : tags.toString().split(",")) {
            if (!tag.isBlank()) {
                terms.add(tag.strip());
            }
        }
        StringBuilder area = fields.get("Section");
        if (section && area != null) {
            String value = area.toString();
            terms.add("section::" + value.substring(value.indexOf('/') + 1));
        }
        documents.add(List.copyOf(terms));
    }
}
