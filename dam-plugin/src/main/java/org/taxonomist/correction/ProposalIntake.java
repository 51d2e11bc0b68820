package org.taxonomist.correction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taxonomist.correction.Corrections.Proposal;
import org.taxonomist.dam.TermList;

/**
 * Which of an audit's proposals enter the corrections queue, worked out from plain values
 * ({@code ProposalIntakeTest}): a proposal for an asset whose labels changed while the audit ran
 * (or that lost them) is left out, since the audit judged labels that are gone; so is one a
 * librarian already rejected for the same labels of the same asset, in any order.
 *
 * @param accepted        the proposals to queue, in the audit's order
 * @param skippedRejected proposals a librarian already rejected for the same labels
 * @param skippedChanged  proposals for assets whose labels changed while the audit ran
 */
public record ProposalIntake(List<Proposal> accepted, int skippedRejected, int skippedChanged) {

    /** An asset's labels as a rejection remembers them: order and repeats do not matter. */
    public record JudgedLabels(long assetId, Set<String> terms) {

        public static JudgedLabels of(long assetId, List<String> terms) {
            return new JudgedLabels(assetId, Set.copyOf(terms));
        }
    }

    /**
     * @param labelsNow the field's terms per asset now (assets without any are absent)
     * @param rejected  the labels of every rejected correction of the field
     */
    public static ProposalIntake of(
            List<Proposal> proposals, Map<Long, List<String>> labelsNow, Set<JudgedLabels> rejected) {
        List<Proposal> accepted = new ArrayList<>();
        int skippedRejected = 0;
        int skippedChanged = 0;
        for (Proposal p : proposals) {
            List<String> now = labelsNow.get(p.assetId());
            if (now == null || !TermList.sameTerms(now, p.current())) {
                skippedChanged++;
            } else if (rejected.contains(JudgedLabels.of(p.assetId(), p.current()))) {
                skippedRejected++;
            } else {
                accepted.add(p);
            }
        }
        return new ProposalIntake(List.copyOf(accepted), skippedRejected, skippedChanged);
    }
}
