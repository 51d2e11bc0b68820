package org.taxonomist.head;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Versions of every field's head; the active ones are kept deserialised in memory. */
@ApplicationScoped
public class HeadRegistry {

    @PersistenceContext
    EntityManager em;

    private final Map<String, Optional<ActiveHead>> active = new ConcurrentHashMap<>();

    public Optional<ActiveHead> active(String field) {
        return active.computeIfAbsent(field, this::load);
    }

    public List<TrainedHead> versions(String field) {
        return em.createQuery("select h from TrainedHead h where h.fieldName = :field order by h.version desc", TrainedHead.class)
                .setParameter("field", field).getResultList();
    }

    /** Stores a new version and makes it the active one. */
    @Transactional
    public TrainedHead addActive(String field, String backbone, org.taxonomist.models.head.Head head,
                                 List<String> needsMoreData, int trainingSize) {
        List<TrainedHead> versions = versions(field);
        versions.forEach(h -> h.setActive(false));
        int next = versions.isEmpty() ? 1 : versions.get(0).getVersion() + 1;
        TrainedHead trained = new TrainedHead(field, next, backbone, head, String.join("|", needsMoreData), trainingSize);
        trained.setActive(true);
        em.persist(trained);
        active.remove(field);
        return trained;
    }

    private Optional<ActiveHead> load(String field) {
        return em.createQuery("select h from TrainedHead h where h.fieldName = :field and h.active = true", TrainedHead.class)
                .setParameter("field", field).getResultStream().findFirst()
                .map(h -> new ActiveHead(field, h.getBackbone(), h.source(), h.head()));
    }
}
