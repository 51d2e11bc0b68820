package org.taxonomist.models.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The assets' terms as the topic models see them: a vocabulary (terms in order of first
 * appearance) and each document as the ascending, distinct ids of its terms. An asset has a
 * term or not, so a term repeated within a document counts once. Terms are taken whole: "sand
 * bar" is one term, never two words.
 */
final class Corpus {

    private final List<String> terms;
    private final Map<String, Integer> ids;
    private final int[][] documents;

    private Corpus(List<String> terms, Map<String, Integer> ids, int[][] documents) {
        this.terms = terms;
        this.ids = ids;
        this.documents = documents;
    }

    /** Refuses an empty corpus, empty documents and null or blank terms, naming the document. */
    static Corpus of(List<? extends Collection<String>> documents) {
        if (documents == null || documents.isEmpty()) {
            throw new IllegalArgumentException("No documents: topics need at least one asset with terms");
        }
        List<String> terms = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        int[][] encoded = new int[documents.size()][];
        for (int d = 0; d < encoded.length; d++) {
            Collection<String> document = documents.get(d);
            if (document == null || document.isEmpty()) {
                throw new IllegalArgumentException("Document " + d + " has no terms");
            }
            int[] row = new int[document.size()];
            int i = 0;
            for (String term : document) {
                if (term == null || term.isBlank()) {
                    throw new IllegalArgumentException("Document " + d + " has a null or blank term");
                }
                row[i++] = ids.computeIfAbsent(term, t -> {
                    terms.add(t);
                    return terms.size() - 1;
                });
            }
            encoded[d] = distinctSorted(row);
        }
        return new Corpus(List.copyOf(terms), ids, encoded);
    }

    List<String> terms() {
        return terms;
    }

    int size() {
        return documents.length;
    }

    /** Document d's term ids, ascending and distinct (shared: do not modify). */
    int[] document(int d) {
        return documents[d];
    }

    /** The id of a term, or -1 when the corpus does not have it. */
    int id(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    /** For each term, the documents that have it, ascending. */
    int[][] postings() {
        int[] counts = new int[terms.size()];
        for (int[] document : documents) {
            for (int t : document) {
                counts[t]++;
            }
        }
        int[][] postings = new int[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            postings[t] = new int[counts[t]];
        }
        int[] filled = new int[counts.length];
        for (int d = 0; d < documents.length; d++) {
            for (int t : documents[d]) {
                postings[t][filled[t]++] = d;
            }
        }
        return postings;
    }

    static int[] distinctSorted(int[] ids) {
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
