package org.taxonomist.superlabel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.taxonomist.dam.SearchExpansion;

/**
 * Query expansion by super-labels: a search that names a shown super-label — its name or words of it, a merged
 * member's name, or one of their defining terms ({@link SuperLabelGroup#namedBy}) — also lists the
 * assets in it (score at least {@code taxonomist.superlabels.min-score}), after the direct hits,
 * strongest first, "via super-label NAME", with the score as strength (a share, at most 1). The DAM
 * leaves out those the query found itself, and ranks its own taxonomy synonyms before these. Only a super-label a
 * librarian has named expands a search by default: an unnamed one is a topic model's guess (on a small collection,
 * a frog and tomatoes under "dinosaurs"), so its assets are tentative, listed when the user asks for every
 * expansion.
 */
@ApplicationScoped
public class SuperLabelSearch {

    /** Assets added per super-label; the DAM takes at most 500 in all. */
    private static final int PER_SUPER_LABEL = 500;

    @Inject
    SuperLabels superLabels;

    /** Runs in the search's transaction. */
    void expand(@Observes SearchExpansion search) {
        for (SuperLabelGroup group : SuperLabelGroup.visible(superLabels.all())) {
            if (group.namedBy(search.query())) {
                String reason = "via super-label " + group.root().display();
                boolean named = group.named();
                superLabels
                        .strongest(group.memberIds(), superLabels.minScore(), PER_SUPER_LABEL)
                        .forEach(m -> {
                            if (named) {
                                search.add(m.assetId(), m.score(), reason);
                            } else {
                                search.addTentative(m.assetId(), m.score(), reason);
                            }
                        });
            }
        }
    }
}
