package org.taxonomist.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Records and reads the audit log. {@link #record} joins the caller's transaction: the entry is
 * kept exactly when the change is. Who and from which address come from the HTTP request being
 * served, when there is one; work without a request (a job, a schedule) names its user itself.
 *
 * <pre>{@code
 * audit.record("user.disable", "user lena", "active", "disabled");          // in a request
 * audit.recordFor(jobUser, "job.start", "retag", null, "scope=new");        // in a job
 * }</pre>
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<HttpServletRequest> request;

    /** An entry for the person whose request is being served. */
    @Transactional
    public void record(String action, String target, String before, String after) {
        recordFor(null, action, target, before, after);
    }

    /** An entry for {@code actor}, or for the request's caller when null ("(system)" without one). */
    @Transactional
    public void recordFor(String actor, String action, String target, String before, String after) {
        HttpServletRequest current = current();
        String who = actor != null
                ? actor
                : current != null && current.getUserPrincipal() != null
                        ? current.getUserPrincipal().getName()
                        : "(system)";
        em.persist(new AuditEntry(
                Instant.now(), who, current == null ? null : current.getRemoteAddr(), action, target, before, after));
    }

    /** Newest first. */
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return query(filter, "select e from AuditEntry e", " order by e.at desc, e.id desc", AuditEntry.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(AuditFilter filter) {
        return query(filter, "select count(e) from AuditEntry e", "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> query(AuditFilter filter, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (filter.actor() != null) {
            where.add("e.actor = :actor");
            parameters.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            where.add("e.action like :action");
            parameters.put("action", filter.action().replace("%", "").replace("_", "\\_") + "%");
        }
        if (filter.from() != null) {
            where.add("e.at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("e.at < :to");
            parameters.put("to", filter.to());
        }
        String jpql = select
                + (where.isEmpty() ? "" : where.stream().collect(Collectors.joining(" and ", " where ", "")))
                + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The HTTP request being served on this thread, if any. */
    private HttpServletRequest current() {
        try {
            if (!request.isResolvable()) {
                return null;
            }
            HttpServletRequest served = request.get();
            served.getRemoteAddr(); // touches the proxy: fails outside a request
            return served;
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException noRequest) {
            return null; // outside an HTTP request (a job's thread) the built-in bean fails in one of these ways
        }
    }
}
