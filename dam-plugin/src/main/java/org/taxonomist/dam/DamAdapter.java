package org.taxonomist.dam;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plugin's only way into a DAM. Everything Taxonomist reads from or writes to a DAM goes
 * through this interface, so another DAM is connected by implementing it (and firing
 * {@link AssetUploaded}, {@link AssetUpdated}, {@link AssetDeleted} and {@link AssetSearched} as CDI events).
 *
 * <pre>{@code
 * byte[] original = dam.content(assetId);
 * if (dam.asset(assetId).orElseThrow().values("Subject").isEmpty()) {
 *     dam.addTerm(assetId, "Subject", "Animals", "alice");
 * }
 * }</pre>
 */
public interface DamAdapter {

    Optional<DamAsset> asset(long assetId);

    /** The original bytes of the asset. */
    byte[] content(long assetId);

    List<TaxonomyFieldDefinition> fields();

    /**
     * The other names of the field's terms (each term that has some, with them): brand spotting
     * matches these too. A DAM without synonyms has none.
     */
    default Map<String, List<String>> synonyms(String field) {
        return Map.of();
    }

    /** Creates the field unless the DAM already has one of that name (e.g. the field a backbone's own classes fill). */
    void ensureField(TaxonomyFieldDefinition field);

    /**
     * Adds the term to the field's list unless it is there already (a super-label promoted to a term).
     *
     * @throws UnknownEntryException    no such field
     * @throws org.taxonomist.failure.InvalidRequestException a term the DAM cannot hold (blank, or with a character it reserves)
     */
    void ensureTerm(String field, String term);

    /** Those of the assets that exist, ascending by id, with keywords and field values: one read for many. */
    List<DamAsset> assets(Collection<Long> assetIds);

    /**
     * Up to {@code limit} assets with an id above {@code afterId}, ascending, with keywords and field
     * values: how super-labels read the whole collection a page at a time.
     */
    List<DamAsset> assetsAfter(long afterId, int limit);

    /** Assets that have at least one term in the field: the labels heads are trained on. */
    List<DamAsset> assetsLabelled(String field);

    /** Assets with no term in the field: the ones that need suggestions. */
    List<Long> assetIdsUnlabelled(String field);

    /** How many assets the DAM holds. */
    long assetCount();

    /**
     * How many assets have at least one term in the field: with {@link #assetCount()}, the field's
     * filling rate. Counted in the DAM, not by listing {@link #assetsLabelled}: the dashboard asks
     * for every field whenever it is opened.
     */
    long assetCountLabelled(String field);

    /** Ids of the assets uploaded or changed after {@code since} (all assets when it is null), ascending. */
    List<Long> assetIdsChangedSince(Instant since);

    /**
     * Deletes the asset and its original, announcing it with {@link AssetDeleted} in the same transaction.
     *
     * @throws UnknownEntryException no such asset
     */
    void deleteAsset(long assetId, String deletedBy);

    /**
     * Writes a term into the asset's field; a single-valued field loses its previous term.
     * The DAM announces the change with {@link AssetUpdated}.
     */
    void addTerm(long assetId, String field, String term, String changedBy);

    /** Takes the term off the asset's field; nothing happens when it is not there. Announced like {@link #addTerm}. */
    void removeTerm(long assetId, String field, String term, String changedBy);

    /**
     * Sets the field's terms to exactly {@code terms} (none clears it); at most one in a
     * single-valued field. The DAM announces the change with {@link AssetUpdated}.
     */
    void replaceTerms(long assetId, String field, List<String> terms, String changedBy);

    /**
     * Sets the asset's free-text keywords (null or blank: none).
     *
     * @throws org.taxonomist.failure.InvalidRequestException keywords longer than the DAM holds
     */
    void replaceKeywords(long assetId, String keywords, String changedBy);
}
