package org.taxonomist.superlabel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.taxonomist.dam.QueryMatch;
import org.taxonomist.dam.SearchExpansion;

/**
 * Query expansion by super-labels: a search that names a shown super-label — its name, a merged
 * member's name, or one of their defining terms ({@link SuperLabelGroup#phrases}) — also lists the
 * assets in it (score at least {@code taxonomist.superlabels.min-score}), after the direct hits,
 * strongest first, "via super-label NAME", with the score as strength (a share, at most 1). The DAM
 * leaves out those the query found itself, and ranks its own taxonomy synonyms before these.
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
            if (group.phrases().stream().anyMatch(phrase -> QueryMatch.names(search.query(), phrase))) {
                String reason = "via super-label " + group.root().display();
                superLabels
                        .strongest(group.memberIds(), superLabels.minScore(), PER_SUPER_LABEL)
                        .forEach(m -> search.add(m.assetId(), m.score(), reason));
            }
        }
    }
}
