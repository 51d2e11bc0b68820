package org.taxonomist.decision;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JPQL of a review queue's listing under a {@link QueueFilter}: the conditions every queue's entity shares (its
 * {@code assetId}, {@code fieldName}, {@code source}, score and {@code review.status}) in one place; a queue adds how a term matches.
 */
public final class QueueQuery {

    private final String from;
    private final String alias;
    private final String score;
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new HashMap<>();

    /**
     * @param entity the entity and its alias, e.g. "Suggestion s"
     * @param score the path of the entry's score, e.g. "s.confidence"
     */
    public QueueQuery(String entity, String score, QueueFilter filter) {
        this.from = " from " + entity;
        this.alias = entity.substring(entity.indexOf(' ') + 1);
        this.score = score;
        when(alias + ".assetId = :assetId", "assetId", filter.assetId());
        when(alias + ".fieldName in :fields", "fields", filter.fields().isEmpty() ? null : filter.fields());
        when(alias + ".source like :source escape '\\'", "source", startsWith(filter.source()));
        when(score + " >= :minScore", "minScore", filter.minScore());
        when(score + " <= :maxScore", "maxScore", filter.maxScore());
        when(alias + ".review.status = :status", "status", filter.status());
    }

    /** Adds a condition with its one parameter, unless the value is null: no restriction. */
    public QueueQuery when(String condition, String parameter, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /**
     * @param select e.g. "select s", "select count(s)"
     * @param order e.g. " order by s.confidence desc, s.id", or "" for a count
     */
    public <T> TypedQuery<T> create(EntityManager em, String select, String order, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + from + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A page of the assets with matching entries, the one with the highest-scored entry first. */
    public List<Long> assetIds(EntityManager em, int offset, int limit) {
        return create(
                        em,
                        "select " + alias + ".assetId",
                        " group by " + alias + ".assetId order by max(" + score + ") desc, " + alias + ".assetId",
                        Long.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Of these assets, those with matching entries and how many each has. */
    public Map<Long, Long> countPerAsset(EntityManager em, Collection<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        when(alias + ".assetId in :assetIds", "assetIds", assetIds);
        return create(
                        em,
                        "select " + alias + ".assetId, count(" + alias + ")",
                        " group by " + alias + ".assetId",
                        Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** How many assets have matching entries. */
    public long assetCount(EntityManager em) {
        return create(em, "select count(distinct " + alias + ".assetId)", "", Long.class)
                .getSingleResult();
    }

    /** A LIKE pattern for text starting with {@code text} taken literally (escape character '\'); null for null. */
    public static String startsWith(String text) {
        return text == null ? null : literal(text) + "%";
    }

    /** {@code text} as a literal part of a LIKE pattern with escape character '\'; null for null. */
    public static String literal(String text) {
        return text == null
                ? null
                : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
