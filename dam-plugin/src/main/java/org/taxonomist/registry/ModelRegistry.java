package org.taxonomist.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.cluster.Liveness;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.models.ensemble.Ensemble;
import org.taxonomist.models.ensemble.ModelReport;
import org.taxonomist.models.ensemble.TrainedEnsemble;

/**
 * The versions of every field's model. Training adds a version; an admin activates one (a newer
 * one to roll forward, an older one to roll back). The active ensembles are kept deserialised.
 */
@ApplicationScoped
public class ModelRegistry {

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ModelSwitched> switched;

    private final Map<String, Kept> active = new ConcurrentHashMap<>();

    /**
     * The field's active model, kept deserialised. Another server on the database may switch it: at most every
     * {@link Liveness#BEAT} this server looks which version is active (one small query) and loads it if it changed.
     */
    public Optional<ActiveModel> active(String field) {
        Instant now = Instant.now();
        Kept kept = active.get(field);
        if (kept == null || kept.lookedAt().isBefore(now.minus(Liveness.BEAT))) {
            Optional<Integer> version = activeVersion(field);
            kept = kept != null && kept.model().map(ActiveModel::version).equals(version)
                    ? new Kept(kept.model(), now)
                    : new Kept(load(field), now);
            active.put(field, kept);
        }
        return kept.model();
    }

    /** An active model as loaded, and when this server last looked which version is active. */
    private record Kept(Optional<ActiveModel> model, Instant lookedAt) {}

    private Optional<Integer> activeVersion(String field) {
        return em.createQuery(
                        "select v.version from ModelVersion v where v.fieldName = :field and v.active = true",
                        Integer.class)
                .setParameter("field", field)
                .getResultStream()
                .findFirst();
    }

    /** Newest first. */
    public List<ModelVersion> versions(String field) {
        return em.createQuery(
                        "select v from ModelVersion v where v.fieldName = :field order by v.version desc",
                        ModelVersion.class)
                .setParameter("field", field)
                .getResultList();
    }

    /** The version a suggestion's source names ({@link ModelVersion#source()}), if it is a model's. */
    public Optional<ModelVersion> bySource(String source) {
        return ModelVersion.fieldOfSource(source)
                .flatMap(field -> versions(field).stream()
                        .filter(v -> v.source().equals(source))
                        .findFirst());
    }

    public ModelVersion version(String field, int version) {
        return em.createQuery(
                        "select v from ModelVersion v where v.fieldName = :field and v.version = :version",
                        ModelVersion.class)
                .setParameter("field", field)
                .setParameter("version", version)
                .getResultStream()
                .findFirst()
                .orElseThrow(() ->
                        new UnknownEntryException("The field " + field + " has no model version " + version + "."));
    }

    /**
     * Stores a new version; it becomes active when asked or when the field has no active version
     * yet (so a first training starts tagging at once, and a retraining never replaces a model
     * an admin chose without being asked).
     */
    @Transactional
    public ModelVersion add(
            String field,
            TrainedEnsemble trained,
            List<String> backboneSpecs,
            int trainingSize,
            boolean activate,
            String user) {
        List<ModelVersion> versions = versions(field);
        int next = versions.isEmpty() ? 1 : versions.get(0).getVersion() + 1;
        Instant now = Instant.now();
        ModelVersion added = new ModelVersion(
                field,
                next,
                trained.ensemble(),
                ModelReport.json(trained, backboneSpecs, trainingSize, now),
                trained.outOfBagEvaluation().macroF1(),
                trained.outOfBagEvaluation().microF1(),
                trainingSize,
                now);
        em.persist(added);
        if (activate || versions.stream().noneMatch(ModelVersion::isActive)) {
            switchTo(versions, added, user);
        }
        return added;
    }

    /** Makes the version the field's active one; the previous active version stays stored. */
    @Transactional
    public ModelVersion activate(String field, int version, String user) {
        ModelVersion chosen = version(field, version);
        em.lock(chosen, LockModeType.PESSIMISTIC_WRITE);
        String before = versions(field).stream()
                .filter(ModelVersion::isActive)
                .map(v -> "v" + v.getVersion())
                .findFirst()
                .orElse("none");
        switchTo(versions(field), chosen, user);
        audit.recordFor(user, "model.activate", "field " + field, before, "v" + version);
        return chosen;
    }

    private void switchTo(List<ModelVersion> versions, ModelVersion chosen, String user) {
        versions.stream().filter(v -> v != chosen).forEach(ModelVersion::deactivate);
        chosen.activate(user);
        em.flush();
        switched.fire(new ModelSwitched(chosen.getFieldName()));
    }

    /** Forgets the field's kept active model once the switch is committed, so no reader keeps the old one again. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModelSwitched event) {
        active.remove(event.field());
    }

    record ModelSwitched(String field) {}

    private Optional<ActiveModel> load(String field) {
        return em.createQuery(
                        "select v from ModelVersion v where v.fieldName = :field and v.active = true",
                        ModelVersion.class)
                .setParameter("field", field)
                .getResultStream()
                .findFirst()
                .map(v -> {
                    Ensemble ensemble = v.ensemble();
                    return new ActiveModel(
                            field, v.getVersion(), v.source(), ensemble, v.autofillThresholds(ensemble.terms()));
                });
    }
}
