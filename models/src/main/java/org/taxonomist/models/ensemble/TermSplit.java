package org.taxonomist.models.ensemble;

import java.util.ArrayList;
import java.util.List;

/** Which terms have enough labelled assets to train (by column index), and which are left out for lack of them. */
public record TermSplit(List<Integer> trained, List<LeftOutTerm> needsMoreData) {

    /** @throws NeedsMoreDataException when no term has {@code minAssetsPerTerm} labelled assets */
    public static TermSplit of(boolean[][] labels, List<String> terms, int minAssetsPerTerm) {
        List<Integer> trained = new ArrayList<>();
        List<LeftOutTerm> needsMoreData = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            int support = 0;
            for (boolean[] row : labels) {
                support += row[t] ? 1 : 0;
            }
            if (support >= minAssetsPerTerm) {
                trained.add(t);
            } else {
                needsMoreData.add(new LeftOutTerm(terms.get(t), support, minAssetsPerTerm));
            }
        }
        if (trained.isEmpty()) {
            throw new NeedsMoreDataException(needsMoreData, minAssetsPerTerm);
        }
        return new TermSplit(List.copyOf(trained), List.copyOf(needsMoreData));
    }

    public List<String> trainedTerms(List<String> terms) {
        return trained.stream().map(terms::get).toList();
    }
}
