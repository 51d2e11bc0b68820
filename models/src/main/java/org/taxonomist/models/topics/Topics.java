package org.taxonomist.models.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Super-labels: topics over the terms of the assets. Each asset is a document whose words are its
 * approved taxonomy terms and keywords (about ten, each taken whole); a topic is a weighting of
 * the vocabulary whose heaviest terms tend to occur together — "beach, sand bar, sea, surf" — and
 * that a librarian can name. Two methods give the same output: LDA (MALLET, the source study's
 * choice) and NMF (pure Java). Each asset gets a topic distribution; new assets are scored
 * against the fitted model without refitting.
 *
 * <pre>{@code
 * List<List<String>> documents = ...;                                  // per asset, its terms
 * TopicFit fit = Topics.fit(documents, TopicSettings.lda());           // 30 topics, seed 42
 * TopicModel model = fit.model();
 * List<WeightedTerm> top = model.topTerms(0, 10);                      // what to show the librarian
 * float[] shares = fit.documentScores()[17];                           // asset 17's topics, sum 1
 * float[] newAsset = model.score(List.of("beach", "sand bar", "dog")); // unknown terms are ignored
 * byte[] stored = model.toBytes();                                     // TopicModel.fromBytes(stored)
 *
 * // Choosing k: coherence per topic count (higher is better)
 * for (TopicCountQuality q : Topics.compareTopicCounts(documents, List.of(10, 20, 30, 40), TopicSettings.lda())) {
 *     System.out.println(q.topics() + " topics: NPMI " + q.coherence());
 * }
 * }</pre>
 */
public final class Topics {

    private Topics() {}

    /**
     * Fits topics to the documents (in the order given: score row i is document i).
     *
     * @throws IllegalArgumentException when there are no documents, a document has no terms, or a
     *                                  term is null or blank
     */
    public static TopicFit fit(List<? extends Collection<String>> documents, TopicSettings settings) {
        return fit(Corpus.of(documents), settings);
    }

    /**
     * Fits the documents once per topic count, with otherwise the same settings, and scores each
     * fit's topics by their {@linkplain Coherence NPMI coherence} over the same documents.
     */
    public static List<TopicCountQuality> compareTopicCounts(
            List<? extends Collection<String>> documents, List<Integer> topicCounts, TopicSettings settings) {
        List<TopicSettings> each =
                topicCounts.stream().map(settings::withTopics).toList(); // refuses a bad count before any fit
        Corpus corpus = Corpus.of(documents);
        List<TopicCountQuality> qualities = new ArrayList<>(each.size());
        for (TopicSettings one : each) {
            double[] perTopic = Coherence.npmi(corpus, fit(corpus, one).model());
            qualities.add(new TopicCountQuality(one.topics(), Coherence.mean(perTopic), perTopic));
        }
        return qualities;
    }

    private static TopicFit fit(Corpus corpus, TopicSettings settings) {
        return settings.method() == TopicMethod.LDA ? Lda.fit(corpus, settings) : Nmf.fit(corpus, settings);
    }
}
