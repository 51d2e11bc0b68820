package org.taxonomist.models.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds brand names in the text read in an image. OCR misreads letters, splits or joins words and loses accents and
 * case, so the names and the words read are compared normalised (case-folded, without accents, letters and digits
 * only) and a few edits are forgiven: up to a quarter of the name's length, rounded, so longer names tolerate more.
 * Names of {@value #EXACT_ONLY_LENGTH} characters or fewer must match exactly, as one edit turns ordinary words into
 * them ("Love" into "Dove"). Runs of up to {@value #MAX_WORDS} consecutive words of a line are compared with their
 * separators dropped, so "Coca Cola", "CocaCola" and "coca-cola" all read as "Coca-Cola".
 */
public final class BrandSpotter {

    /** Brand names rarely span more words; longer runs would mostly add chance matches. */
    private static final int MAX_WORDS = 3;

    private static final int EXACT_ONLY_LENGTH = 4;

    /** Anything but letters, digits and combining marks (the accents of letters read decomposed) parts words. */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    /**
     * Per term, the best sighting: the fewest edits, then the surest line, then the fewest words (the words around a
     * brand are not part of it).
     */
    private static final Comparator<Match> BEST_FIRST = Comparator.<Match>comparingInt(
                    match -> match.sighting().distance())
            .thenComparing(match -> match.sighting().line().score(), Comparator.reverseOrder())
            .thenComparingInt(Match::words);

    private final List<Name> names;

    /**
     * @param namesByTerm per brand term, its synonyms (possibly none); the term is a name too. Names with no letter or
     *     digit are ignored.
     */
    public BrandSpotter(Map<String, List<String>> namesByTerm) {
        names = namesByTerm.entrySet().stream()
                .flatMap(entry -> Stream.concat(Stream.of(entry.getKey()), entry.getValue().stream())
                        .map(name -> Name.of(entry.getKey(), name)))
                .filter(name -> !name.normalised().isEmpty())
                .toList();
    }

    /**
     * The brands read in an image's lines: one sighting per term (an image shows a brand or not, however often),
     * most confident first.
     */
    public List<BrandSighting> spot(List<TextLine> lines) {
        Map<String, Match> best = new LinkedHashMap<>();
        for (TextLine line : lines) {
            for (Match match : matches(line)) {
                best.merge(match.sighting().term(), match, (a, b) -> BEST_FIRST.compare(a, b) <= 0 ? a : b);
            }
        }
        return best.values().stream()
                .map(Match::sighting)
                .sorted(Comparator.comparing(BrandSighting::confidence).reversed())
                .toList();
    }

    /** Every name that a run of one to {@value #MAX_WORDS} consecutive words of the line reads as. */
    private List<Match> matches(TextLine line) {
        List<String> words = SEPARATORS
                .splitAsStream(line.text())
                .filter(word -> !word.isEmpty())
                .toList();
        List<Match> matches = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            StringBuilder joined = new StringBuilder();
            for (int end = start + 1; end <= Math.min(start + MAX_WORDS, words.size()); end++) {
                joined.append(normalise(words.get(end - 1)));
                for (Name name : names) {
                    int distance = name.distanceTo(joined);
                    if (distance >= 0) {
                        float confidence = line.score()
                                * (1 - distance / (float) name.normalised().length());
                        String seen = String.join(" ", words.subList(start, end));
                        matches.add(new Match(
                                new BrandSighting(name.term(), seen, distance, confidence, line), end - start));
                    }
                }
            }
        }
        return matches;
    }

    /** Case-folded, accents stripped, letters and digits only: what OCR reads reliably. */
    private static String normalise(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return NOT_LETTER_OR_DIGIT.matcher(decomposed).replaceAll("");
    }

    /** A name of a term, normalised, with the edits it forgives. */
    private record Name(String term, String normalised, int allowed, LevenshteinDistance levenshtein) {

        static Name of(String term, String name) {
            String normalised = normalise(name);
            int allowed = normalised.length() <= EXACT_ONLY_LENGTH ? 0 : (int) Math.round(normalised.length() / 4.0);
            return new Name(term, normalised, allowed, new LevenshteinDistance(allowed));
        }

        /** The edit distance to the normalised text, or -1 when more than allowed. */
        int distanceTo(CharSequence text) {
            return levenshtein.apply(normalised, text);
        }
    }

    private record Match(BrandSighting sighting, int words) {}
}
