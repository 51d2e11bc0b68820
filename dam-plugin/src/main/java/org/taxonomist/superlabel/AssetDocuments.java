package org.taxonomist.superlabel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.TaxonomyFieldDefinition;

/**
 * Reads assets' terms through the DAM adapter: what super-labels are fitted on. The values of the
 * fields a backbone's own classes fill (Content rating) say what the pre-trained model sees rather
 * than what the asset is about, so they count only when {@code taxonomist.superlabels.pretrained-fields}
 * is true. Nor do single-valued fields count unless {@code taxonomist.superlabels.single-valued-fields} is
 * true: a field with one value per asset says what kind of file it is (Asset Type: Photo, Illustration),
 * so its few values sit on every subject's assets and make topics of form instead of subject. Each call is one transaction ({@link Documents#read} goes through the collection a page at a time).
 */
@ApplicationScoped
public class AssetDocuments {

    static final int PAGE = 1000;

    @Inject
    DamAdapter dam;

    @Inject
    @ConfigProperty(name = "taxonomist.superlabels.pretrained-fields", defaultValue = "false")
    boolean pretrainedFields;

    @Inject
    @ConfigProperty(name = "taxonomist.superlabels.single-valued-fields", defaultValue = "false")
    boolean singleValuedFields;

    /** One asset's terms (none when it has neither field values nor keywords). */
    public record Document(long assetId, List<String> terms) {}

    /** A page of the collection: its assets' documents and the last asset id read; empty after the last asset. */
    public record Page(List<Document> documents, long lastAssetId) {}

    /** The assets after {@code afterId}, ascending, at most {@value #PAGE}. */
    @Transactional
    public Page after(long afterId) {
        List<String> fields = fields();
        List<DamAsset> assets = dam.assetsAfter(afterId, PAGE);
        List<Document> documents = assets.stream().map(a -> document(a, fields)).toList();
        return new Page(
                documents,
                assets.isEmpty() ? afterId : assets.get(assets.size() - 1).id());
    }

    /** One asset's document; empty when there is no such asset. */
    @Transactional
    public Optional<Document> of(long assetId) {
        List<String> fields = fields();
        return dam.asset(assetId).map(a -> document(a, fields));
    }

    private static Document document(DamAsset asset, List<String> fields) {
        return new Document(asset.id(), DocumentTerms.of(asset.fieldValues(), fields, asset.keywords()));
    }

    /** The fields whose terms count. */
    private List<String> fields() {
        return dam.fields().stream()
                .filter(f -> pretrainedFields || f.learnt())
                .filter(f -> singleValuedFields || f.multiValued())
                .map(TaxonomyFieldDefinition::name)
                .toList();
    }
}
