package org.taxonomist.dam.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.taxonomist.dam.AssetDeleted;
import org.taxonomist.dam.AssetUpdated;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.failure.InvalidRequestException;

/** Reads assets and edits their taxonomy values, announcing every change. */
@ApplicationScoped
public class AssetCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Event<AssetUpdated> updated;

    @Inject
    Event<AssetDeleted> deleted;

    public Optional<Asset> find(long assetId) {
        return Optional.ofNullable(em.find(Asset.class, assetId));
    }

    public Asset get(long assetId) {
        return find(assetId).orElseThrow(() -> new UnknownEntryException("There is no asset " + assetId + "."));
    }

    /**
     * Deletes the asset with its values and vectors (and its search document); its files go once the transaction
     * commits ({@link AssetFiles}), what the plugin keeps about it in the transaction ({@link AssetDeleted}).
     */
    @Transactional
    public void delete(long assetId, String user) {
        Asset asset = get(assetId);
        deleted.fire(new AssetDeleted(assetId, asset.getContentHash(), user));
        em.remove(asset);
    }

    /** Adds a term to a field of the asset; the term must belong to the field's list. */
    @Transactional
    public void addTerm(long assetId, String fieldName, String term, String user) {
        TaxonomyField field = taxonomy.field(fieldName);
        if (!field.hasTerm(term)) {
            throw new UnknownEntryException("'" + term + "' is not a term of the field " + fieldName + ".");
        }
        if (get(assetId).addTerm(field, term, user)) {
            updated.fire(new AssetUpdated(assetId, user));
        }
    }

    /** Sets the asset's free-text keywords (null: none). */
    @Transactional
    public void replaceKeywords(long assetId, String keywords, String user) {
        if (get(assetId).replaceKeywords(keywords)) {
            updated.fire(new AssetUpdated(assetId, user));
        }
    }

    /** Sets the field's terms to exactly these; every term must belong to the field's list. */
    @Transactional
    public void replaceTerms(long assetId, String fieldName, List<String> terms, String user) {
        TaxonomyField field = taxonomy.field(fieldName);
        terms.stream().filter(t -> !field.hasTerm(t)).findFirst().ifPresent(t -> {
            throw new UnknownEntryException("'" + t + "' is not a term of the field " + fieldName + ".");
        });
        if (!field.isMultiValued() && terms.size() > 1) {
            throw new InvalidRequestException("The field " + fieldName + " holds one term, not " + terms + ".");
        }
        if (get(assetId).replaceTerms(fieldName, terms, user)) {
            updated.fire(new AssetUpdated(assetId, user));
        }
    }

    @Transactional
    public void removeTerm(long assetId, String fieldName, String term, String user) {
        if (get(assetId).removeTerm(fieldName, term)) {
            updated.fire(new AssetUpdated(assetId, user));
        }
    }

    public List<Asset> labelled(String field) {
        return em.createQuery(
                        "select distinct a from Asset a join a.values v where v.field = :field order by a.id",
                        Asset.class)
                .setParameter("field", field)
                .getResultList();
    }

    /**
     * A page of assets after the id, ascending, with their values: the ids first, then those assets
     * with their values in one query (a fetch join cannot be paged in the database).
     */
    public List<Asset> after(long afterId, int limit) {
        List<Long> ids = em.createQuery("select a.id from Asset a where a.id > :after order by a.id", Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
        return withValues(ids);
    }

    /** The assets of those ids that exist, ascending, with their values, in one query. */
    public List<Asset> withValues(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct a from Asset a left join fetch a.values where a.id in :ids order by a.id",
                        Asset.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public List<Long> unlabelled(String field) {
        return em.createQuery(
                        "select a.id from Asset a where not exists "
                                + "(select 1 from Asset b join b.values v where b = a and v.field = :field) order by a.id",
                        Long.class)
                .setParameter("field", field)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(a) from Asset a", Long.class).getSingleResult();
    }

    public long countLabelled(String field) {
        return em.createQuery(
                        "select count(distinct a) from Asset a join a.values v where v.field = :field", Long.class)
                .setParameter("field", field)
                .getSingleResult();
    }

    public List<Long> changedSince(Instant since) {
        return em.createQuery("select a.id from Asset a where a.updatedAt > :since order by a.id", Long.class)
                .setParameter("since", since)
                .getResultList();
    }
}
