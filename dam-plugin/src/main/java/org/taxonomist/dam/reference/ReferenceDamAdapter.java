package org.taxonomist.dam.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.TaxonomyFieldDefinition;

/** Connects the plugin to the built-in reference DAM. */
@ApplicationScoped
public class ReferenceDamAdapter implements DamAdapter {

    @Inject
    AssetCatalog catalog;

    @Inject
    AssetFiles files;

    @Inject
    Taxonomy taxonomy;

    @Override
    public Optional<DamAsset> asset(long assetId) {
        return catalog.find(assetId).map(ReferenceDamAdapter::toDam);
    }

    @Override
    public byte[] content(long assetId) {
        return files.read(catalog.get(assetId).getContentHash());
    }

    @Override
    public List<TaxonomyFieldDefinition> fields() {
        return taxonomy.fields().stream().map(TaxonomyField::definition).toList();
    }

    @Override
    public Map<String, List<String>> synonyms(String field) {
        return taxonomy.field(field).synonymsByTerm();
    }

    @Override
    public void ensureField(TaxonomyFieldDefinition field) {
        taxonomy.ensureField(field);
    }

    @Override
    public void ensureTerm(String field, String term) {
        taxonomy.addTerm(field, term);
    }

    @Override
    public List<DamAsset> assets(Collection<Long> assetIds) {
        return catalog.withValues(assetIds).stream()
                .map(ReferenceDamAdapter::toDam)
                .toList();
    }

    @Override
    public List<DamAsset> assetsAfter(long afterId, int limit) {
        return catalog.after(afterId, limit).stream()
                .map(ReferenceDamAdapter::toDam)
                .toList();
    }

    @Override
    public List<DamAsset> assetsLabelled(String field) {
        return catalog.labelled(field).stream().map(ReferenceDamAdapter::toDam).toList();
    }

    @Override
    public List<Long> assetIdsUnlabelled(String field) {
        return catalog.unlabelled(field);
    }

    @Override
    public long assetCount() {
        return catalog.count();
    }

    @Override
    public long assetCountLabelled(String field) {
        return catalog.countLabelled(field);
    }

    @Override
    public List<Long> assetIdsChangedSince(Instant since) {
        return catalog.changedSince(since == null ? Instant.EPOCH : since);
    }

    @Override
    public void deleteAsset(long assetId, String deletedBy) {
        catalog.delete(assetId, deletedBy);
    }

    @Override
    public void addTerm(long assetId, String field, String term, String changedBy) {
        catalog.addTerm(assetId, field, term, changedBy);
    }

    @Override
    public void removeTerm(long assetId, String field, String term, String changedBy) {
        catalog.removeTerm(assetId, field, term, changedBy);
    }

    @Override
    public void replaceTerms(long assetId, String field, List<String> terms, String changedBy) {
        catalog.replaceTerms(assetId, field, terms, changedBy);
    }

    @Override
    public void replaceKeywords(long assetId, String keywords, String changedBy) {
        catalog.replaceKeywords(assetId, keywords, changedBy);
    }

    private static DamAsset toDam(Asset asset) {
        return new DamAsset(
                asset.getId(),
                asset.getTitle(),
                asset.getFileName(),
                asset.getContentHash(),
                asset.getKeywords(),
                asset.fieldValues(),
                new DamAsset.Original(asset.getWidth(), asset.getHeight(), asset.getByteSize(), asset.getCreatedAt()));
    }
}
