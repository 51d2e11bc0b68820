package org.taxonomist.superlabel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.suggestion.SuggestionService;

/**
 * Promotes a super-label to a taxonomy term: the term joins the field (through the DAM adapter)
 * and the super-label's strongest assets get it as a pending suggestion, with their score as
 * confidence and "super-label NAME" as source, reviewed like any other. Assets that have the term
 * already, or had it proposed before (decided either way, or pending from a model), are left alone.
 * Every later run of the job suggests it to the assets that have become strong since.
 */
@ApplicationScoped
public class SuperLabelPromotion {

    static final int MAX_TERM = 200;

    @Inject
    SuperLabels superLabels;

    @Inject
    AuditTrail audit;

    @Inject
    DamAdapter dam;

    @Inject
    SuggestionService suggestions;

    /** Promotion suggests the term from this score on, unless the librarian gives another. */
    @Inject
    @ConfigProperty(name = "taxonomist.superlabels.promote-min-score", defaultValue = "0.4")
    double promoteMinScore;

    /** The promoted super-label and how many suggestions it made. */
    public record Outcome(SuperLabel superLabel, int suggested) {}

    /**
     * @param minScore the lowest score that gets a suggestion; null for {@code taxonomist.superlabels.promote-min-score}
     * @throws UnknownEntryException    no such super-label or field
     * @throws InvalidRequestException a field filled by a backbone's own classes, a bad term or score
     */
    @Transactional
    public Outcome promote(long id, String field, String term, Double minScore, String user) {
        String cleanTerm = term == null ? "" : term.strip();
        if (cleanTerm.isEmpty() || cleanTerm.length() > MAX_TERM) {
            throw new InvalidRequestException("Promoting needs the term to add (1 to " + MAX_TERM + " characters).");
        }
        if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
            throw new InvalidRequestException("minScore must be between 0 and 1, not " + minScore + ".");
        }
        TaxonomyFieldDefinition definition = dam.fields().stream()
                .filter(f -> f.name().equals(field))
                .findFirst()
                .orElseThrow(() -> new UnknownEntryException("There is no taxonomy field '" + field + "'."));
        if (!definition.learnt()) {
            throw new InvalidRequestException(
                    field + " is filled by the pre-trained model's own classes; promote into another field.");
        }
        SuperLabel label = superLabels.get(id);
        String before = SuperLabels.state(label);
        label.promote(field, cleanTerm, user);
        dam.ensureTerm(field, cleanTerm);
        Outcome outcome = new Outcome(label, suggest(label, minScore == null ? promoteMinScore : minScore));
        audit.recordFor(
                user,
                "super-label.promote",
                "super-label " + id,
                before,
                "promoted to " + field + ": " + cleanTerm + ", suggested to " + outcome.suggested() + " assets");
        return outcome;
    }

    /** Suggests a promoted super-label's term to its assets at or above the promotion score. */
    @Transactional
    public int suggest(SuperLabel label) {
        return suggest(label, promoteMinScore);
    }

    private int suggest(SuperLabel label, double threshold) {
        String field = label.getPromotedField();
        String term = label.getPromotedTerm();
        String source = "super-label " + label.display();
        int suggested = 0;
        for (SuperLabels.Member member :
                superLabels.strongest(superLabels.members(label.getId()), threshold, Integer.MAX_VALUE)) {
            boolean hasIt = dam.asset(member.assetId())
                    .map(a -> a.values(field).contains(term))
                    .orElse(true);
            if (!hasIt && suggestions.proposeNew(member.assetId(), field, term, member.score(), source)) {
                suggested++;
            }
        }
        return suggested;
    }
}
