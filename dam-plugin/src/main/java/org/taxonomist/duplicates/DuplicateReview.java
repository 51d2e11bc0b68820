package org.taxonomist.duplicates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.dam.AssetDeleted;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.decision.BulkDecision;
import org.taxonomist.decision.Decision;
import org.taxonomist.decision.ReviewStatus;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.history.FieldHistory;

/**
 * The near-duplicate groups waiting for a librarian, and their decisions: keep one and merge the others' terms and
 * keywords into it ({@link TermMerge}; each field's change, and the keywords', in the asset's history, undoable
 * there), the same and delete the other copies ("keep
 * only"), or keep all ("not duplicates"). A decision is
 * taken on the pairs the librarian saw, so a pair found meanwhile stays pending; each pair remembers its answer,
 * so re-running the check never brings it back.
 *
 * <pre>{@code
 * DuplicateGroup group = review.groups(null, 0, 20).get(0);
 * review.decide(group.pairIds(), group.assetIds().get(0), "ana"); // merged into the oldest
 * }</pre>
 */
@ApplicationScoped
public class DuplicateReview {

    @PersistenceContext
    EntityManager em;

    @Inject
    DamAdapter dam;

    @Inject
    FieldHistory history;

    @Inject
    AuditTrail audit;

    /** This bean through its proxy: each group of a bulk decision in a transaction of its own. */
    @Inject
    DuplicateReview self;

    /**
     * A page of the pending groups, most alike first: all of them, or those with a copy whose title or file name
     * contains {@code named} (any case).
     */
    @Transactional
    public List<DuplicateGroup> groups(String named, int offset, int limit) {
        List<DuplicateGroup> all = named(pending(0), named);
        return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    }

    /** How many groups {@link #groups} pages through. */
    @Transactional
    public int count(String named) {
        return named(pending(0), named).size();
    }

    /**
     * Decides the pairs in one transaction: merged into {@code keptAsset}, or when it is null, not duplicates.
     *
     * @throws UnknownEntryException               a pair that does not exist
     * @throws InvalidRequestException             no pairs, or a kept asset that is none of theirs
     * @throws org.taxonomist.decision.DecisionConflictException a pair someone decided otherwise before
     */
    @Transactional
    public ReviewStatus decide(List<Long> pairIds, Long keptAsset, String user) {
        return decide(pairIds, keptAsset, false, user);
    }

    /**
     * Merges the pairs' copies into {@code keptAsset}, as {@link #decide} does, and deletes the other copies from the
     * DAM, in one transaction: nothing a copy was labelled with is lost, but the deletion cannot be undone.
     */
    @Transactional
    public ReviewStatus keepOnly(List<Long> pairIds, long keptAsset, String user) {
        return decide(pairIds, keptAsset, true, user);
    }

    private ReviewStatus decide(List<Long> pairIds, Long keptAsset, boolean deleteOthers, String user) {
        if (pairIds == null || pairIds.isEmpty()) {
            throw new InvalidRequestException("Name the pairs to decide.");
        }
        List<DuplicatePair> pairs =
                pairIds.stream().distinct().map(this::locked).toList();
        TreeSet<Long> assets = new TreeSet<>();
        pairs.forEach(p -> {
            assets.add(p.getFirstAsset());
            assets.add(p.getSecondAsset());
        });
        if (keptAsset != null && !assets.contains(keptAsset)) {
            throw new InvalidRequestException(
                    "Asset " + keptAsset + " is in none of these pairs; keep one of " + assets + ".");
        }
        Decision decision = keptAsset == null ? Decision.REJECT : Decision.APPROVE;
        boolean changed = false;
        for (DuplicatePair pair : pairs) {
            changed |= pair.decide(decision, keptAsset, user);
        }
        if (changed) {
            List<Long> others =
                    assets.stream().filter(a -> !a.equals(keptAsset)).toList();
            if (keptAsset != null) {
                merge(keptAsset, others, user);
            }
            if (deleteOthers) {
                others.forEach(other -> dam.deleteAsset(other, user));
            }
            audit.recordFor(
                    user,
                    keptAsset == null
                            ? "duplicates.keep-all"
                            : deleteOthers ? "duplicates.keep-only" : "duplicates.merge",
                    "assets " + assets,
                    null,
                    keptAsset == null
                            ? "not duplicates"
                            : "merged into " + keptAsset + (deleteOthers ? ", deleted " + others : ""));
        }
        return decision == Decision.APPROVE ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
    }

    /**
     * Decides every pending group at least this alike, each in its own transaction, so that one someone else decided
     * meanwhile does not undo the others: merged into its oldest asset, or kept all.
     */
    public List<BulkDecision.Outcome> decideAll(double minSimilarity, boolean merge, String user) {
        Map<Long, DuplicateGroup> byId = new LinkedHashMap<>();
        self.pendingAtLeast(minSimilarity).forEach(g -> byId.put(g.id(), g));
        return BulkDecision.each(List.copyOf(byId.keySet()), id -> {
            DuplicateGroup group = byId.get(id);
            return self.decide(group.pairIds(), merge ? group.assetIds().get(0) : null, user);
        });
    }

    /** The pending groups whose every pair is at least this alike. */
    @Transactional
    public List<DuplicateGroup> pendingAtLeast(double minSimilarity) {
        return pending(minSimilarity);
    }

    private List<DuplicateGroup> pending(double minSimilarity) {
        return DuplicateGroup.of(em.createQuery(
                                "select p from DuplicatePair p where p.review.status = :pending order by p.id",
                                DuplicatePair.class)
                        .setParameter("pending", ReviewStatus.PENDING)
                        .getResultList())
                .stream()
                .filter(g -> g.similarity() >= minSimilarity)
                .toList();
    }

    /**
     * A deleted asset's pairs go with it, decided or not (removed as entities: a decision in the same transaction
     * may have just changed them); a new upload of the same picture is a new asset with pairs of its own.
     */
    void onDelete(@Observes AssetDeleted deleted) {
        em.createQuery(
                        "select p from DuplicatePair p where p.firstAsset = :asset or p.secondAsset = :asset",
                        DuplicatePair.class)
                .setParameter("asset", deleted.assetId())
                .getResultList()
                .forEach(em::remove);
    }

    private List<DuplicateGroup> named(List<DuplicateGroup> groups, String named) {
        if (named == null || named.isBlank()) {
            return groups;
        }
        String text = named.strip().toLowerCase(Locale.ROOT);
        return groups.stream()
                .filter(g -> g.assetIds().stream()
                        .map(dam::asset)
                        .flatMap(Optional::stream)
                        .anyMatch(a -> a.label().toLowerCase(Locale.ROOT).contains(text)
                                || a.fileName().toLowerCase(Locale.ROOT).contains(text)))
                .toList();
    }

    private void merge(long keptAsset, List<Long> others, String user) {
        DamAsset kept = asset(keptAsset);
        List<DamAsset> copies = others.stream().map(this::asset).toList();
        String reason = "merged from duplicates "
                + String.join(", ", others.stream().map(o -> "#" + o).toList());
        TermMerge.into(kept, copies, dam.fields())
                .forEach((field, terms) -> history.change(keptAsset, field, terms, user, reason));
        TermMerge.keywords(kept, copies)
                .ifPresent(keywords -> history.changeKeywords(keptAsset, keywords, user, reason));
    }

    private DamAsset asset(long id) {
        return dam.asset(id).orElseThrow(() -> new UnknownEntryException("There is no asset " + id + "."));
    }

    private DuplicatePair locked(long id) {
        DuplicatePair pair = em.find(DuplicatePair.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (pair == null) {
            throw new UnknownEntryException("There is no duplicate pair " + id + ".");
        }
        return pair;
    }
}
