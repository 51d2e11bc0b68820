package org.taxonomist.models.audit;

import java.util.List;
import org.taxonomist.models.ensemble.BagSample;
import org.taxonomist.models.ensemble.Bagging;
import org.taxonomist.models.ensemble.EnsembleSettings;
import org.taxonomist.models.ensemble.TermSplit;

/**
 * What an audit of a field trains: the terms with enough labelled assets, and the bags (each a
 * sample of the assets for one head per backbone; every asset is out of at least one bag).
 *
 * @param audited the names of the terms in {@code terms.trained()}, in that order
 * The same labels and settings give the same plan, so a restarted audit job draws the same bags.
 */
public record AuditPlan(TermSplit terms, List<String> audited, List<BagSample> bags) {

    /** @throws org.taxonomist.models.ensemble.NeedsMoreDataException when no term has enough labelled assets */
    public static AuditPlan of(boolean[][] labels, List<String> terms, EnsembleSettings settings) {
        TermSplit split = TermSplit.of(labels, terms, settings.minAssetsPerTerm());
        return new AuditPlan(split, split.trainedTerms(terms), Bagging.samples(labels.length, settings.bags(), settings.fraction(), settings.seed()));
    }
}
