package org.taxonomist.superlabel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.dam.AssetDeleted;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.decision.DecisionConflictException;
import org.taxonomist.failure.InvalidRequestException;

/**
 * The super-labels and librarians' decisions about them: name, hide, merge. (Promotion:
 * {@link SuperLabelPromotion}; a new run of the job: {@link SuperLabelRefit}.)
 *
 * <pre>{@code
 * superLabels.name(7, "beach scene", "lena");
 * superLabels.merge(7, 12, "lena");                    // 12 now counts as part of 7
 * List<Member> assets = superLabels.strongest(7, 0.3, 12);
 * }</pre>
 */
@ApplicationScoped
public class SuperLabels {

    static final int MAX_NAME = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** An asset is in a super-label from this score on: counted, shown as an example, found by searches naming it. */
    @Inject
    @ConfigProperty(name = "taxonomist.superlabels.min-score", defaultValue = "0.3")
    double minScore;

    /** An asset of a super-label (group) and its score there. */
    public record Member(long assetId, double score) {}

    /** A deleted asset leaves its super-labels' examples and searches now; their counts follow at the next run. */
    void onDelete(@Observes AssetDeleted deleted) {
        em.createQuery("delete from SuperLabelScore s where s.assetId = :asset")
                .setParameter("asset", deleted.assetId())
                .executeUpdate();
    }

    /** Every super-label, those of the current model first, the largest first. */
    @Transactional
    public List<SuperLabel> all() {
        return em.createQuery("select distinct l from SuperLabel l left join fetch l.topTerms", SuperLabel.class)
                .getResultStream()
                .sorted(Comparator.comparing((SuperLabel l) -> l.getTopic() == null)
                        .thenComparing(SuperLabel::getAssetCount, Comparator.reverseOrder())
                        .thenComparing(SuperLabel::getId))
                .toList();
    }

    @Transactional
    public SuperLabel get(long id) {
        SuperLabel label = em.find(SuperLabel.class, id);
        if (label == null) {
            throw new UnknownEntryException("There is no super-label " + id + ".");
        }
        return label;
    }

    /** The super-label and those merged into it. */
    @Transactional
    public List<Long> members(long id) {
        get(id);
        return em.createQuery(
                        "select l.id from SuperLabel l where l.id = :id or (l.mergedInto = :id and l.status = :merged) order by l.id",
                        Long.class)
                .setParameter("id", id)
                .setParameter("merged", SuperLabelStatus.MERGED)
                .getResultList();
    }

    /** The assets whose summed score in these super-labels reaches {@code threshold}, strongest first. */
    @Transactional
    public List<Member> strongest(List<Long> superLabelIds, double threshold, int limit) {
        return em.createQuery(
                        "select s.assetId, sum(s.score) from SuperLabelScore s where s.superLabelId in :labels "
                                + "group by s.assetId having sum(s.score) >= :threshold order by sum(s.score) desc, s.assetId",
                        Object[].class)
                .setParameter("labels", superLabelIds)
                .setParameter("threshold", threshold)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Member((Long) row[0], Math.min(1, ((Number) row[1]).doubleValue())))
                .toList();
    }

    /** How many assets are in these super-labels together (a group's count, where the rows count each member alone). */
    @Transactional
    public int assetCount(List<Long> superLabelIds) {
        return em.createQuery(
                        "select s.assetId from SuperLabelScore s where s.superLabelId in :labels "
                                + "group by s.assetId having sum(s.score) >= :threshold",
                        Long.class)
                .setParameter("labels", superLabelIds)
                .setParameter("threshold", minScore)
                .getResultList()
                .size();
    }

    public double minScore() {
        return minScore;
    }

    /**
     * Names a super-label (or renames it): what librarians search by and what its reasons and
     * suggestions say. Names are unique, whatever their letter case.
     */
    @Transactional
    public SuperLabel name(long id, String name, String user) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new InvalidRequestException("A super-label's name has 1 to " + MAX_NAME + " characters.");
        }
        SuperLabel label = get(id);
        Optional<SuperLabel> other = em.createQuery(
                        "select l from SuperLabel l where l.nameKey = :key", SuperLabel.class)
                .setParameter("key", clean.toLowerCase(Locale.ROOT))
                .getResultStream()
                .filter(l -> !l.getId().equals(id))
                .findFirst();
        if (other.isPresent()) {
            throw new DecisionConflictException("Super-label " + other.get().getId() + " is already called '"
                    + other.get().getName() + "'.");
        }
        String before = label.getName();
        label.rename(clean, user);
        audit.recordFor(user, "super-label.rename", "super-label " + id, before, clean);
        return label;
    }

    @Transactional
    public SuperLabel hide(long id, String user) {
        return decide(id, "hide", user, label -> label.hide(user));
    }

    @Transactional
    public SuperLabel unhide(long id, String user) {
        return decide(id, "unhide", user, label -> label.unhide(user));
    }

    /**
     * Merges a super-label into another, which must be shown (active or promoted); those merged into
     * it before move along, so a group is never nested.
     */
    @Transactional
    public SuperLabel merge(long targetId, long id, String user) {
        if (targetId == id) {
            throw new InvalidRequestException("A super-label cannot be merged into itself.");
        }
        SuperLabel target = get(targetId);
        if (!SuperLabelGroup.isVisible(target)) {
            throw new DecisionConflictException(
                    target.display() + " is " + target.getStatus().name().toLowerCase(Locale.ROOT)
                            + "; merge into an active or promoted super-label.");
        }
        SuperLabel label = get(id);
        String before = state(label);
        label.mergeInto(targetId, user);
        audit.recordFor(user, "super-label.merge", "super-label " + id, before, state(label));
        em.createQuery("select l from SuperLabel l where l.mergedInto = :id and l.status = :merged", SuperLabel.class)
                .setParameter("id", id)
                .setParameter("merged", SuperLabelStatus.MERGED)
                .getResultStream()
                .forEach(l -> l.mergeInto(targetId, user));
        return label;
    }

    @Transactional
    public SuperLabel unmerge(long id, String user) {
        return decide(id, "unmerge", user, label -> label.unmerge(user));
    }

    private SuperLabel decide(long id, String action, String user, Consumer<SuperLabel> decision) {
        SuperLabel label = get(id);
        String before = state(label);
        decision.accept(label);
        audit.recordFor(user, "super-label." + action, "super-label " + id, before, state(label));
        return label;
    }

    /** What the audit log says of a super-label: its status, and where it was merged into. */
    static String state(SuperLabel label) {
        String status = label.getStatus().name().toLowerCase(Locale.ROOT);
        return label.getMergedInto() == null ? status : status + " into " + label.getMergedInto();
    }

    /** The model of the last run, if the job has run. */
    @Transactional
    public Optional<StoredTopicModel> model() {
        return em.createQuery("select m from StoredTopicModel m order by m.id desc", StoredTopicModel.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The last comparison of topic counts, by k. */
    @Transactional
    public List<TopicCountCoherence> comparison() {
        return em.createQuery(
                        "select c from TopicCountCoherence c order by c.method, c.topics", TopicCountCoherence.class)
                .getResultList();
    }
}
