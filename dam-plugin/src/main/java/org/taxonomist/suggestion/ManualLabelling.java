package org.taxonomist.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.taxonomist.dam.AssetUpdated;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.ReviewStatus;

/**
 * Observes the DAM's edits: when a person gives an asset a term that was waiting as a suggestion,
 * the suggestion counts as approved by that person, so the review queue never asks twice.
 * Runs inside the edit's transaction.
 */
@ApplicationScoped
public class ManualLabelling {

    @PersistenceContext
    EntityManager em;

    @Inject
    DamAdapter dam;

    void onUpdate(@Observes AssetUpdated updated) {
        DamAsset asset = dam.asset(updated.assetId()).orElse(null);
        if (asset == null) {
            return;
        }
        em
                .createQuery(
                        "select s from Suggestion s where s.assetId = :asset and s.review.status = :pending",
                        Suggestion.class)
                .setParameter("asset", updated.assetId())
                .setParameter("pending", ReviewStatus.PENDING)
                .getResultList()
                .stream()
                .filter(s -> asset.values(s.getField()).contains(s.getTerm()))
                .forEach(s -> s.decide(Decision.APPROVE, updated.changedBy()));
    }
}
