package org.taxonomist.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.models.audit.AuditPlan;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.ensemble.EnsembleSettings;
import org.taxonomist.models.ensemble.EnsembleTraining;
import org.taxonomist.models.ensemble.LeftOutTerm;
import org.taxonomist.models.ensemble.NeedsMoreDataException;
import org.taxonomist.models.ensemble.TrainedEnsemble;
import org.taxonomist.registry.ModelRegistry;
import org.taxonomist.registry.ModelVersion;
import org.taxonomist.tagging.CachedEmbedding;
import org.taxonomist.tagging.EmbeddingCache;
import org.taxonomist.tagging.ModelRuntime;

/**
 * Trains a new version of a field's model on the labels the DAM already has: bagged heads on
 * every loaded backbone's embeddings, combined and thresholded as {@link EnsembleTraining} does.
 * Terms with fewer labelled assets than {@code taxonomist.training.min-assets-per-term} are left
 * out and reported as needing more data.
 */
@ApplicationScoped
public class ModelTraining {

    private static final Logger LOG = Logger.getLogger(ModelTraining.class.getName());

    @Inject
    DamAdapter dam;

    @Inject
    EmbeddingCache embeddings;

    @Inject
    ModelRuntime runtime;

    @Inject
    ModelRegistry registry;

    @Inject
    @ConfigProperty(name = "taxonomist.training.min-assets-per-term", defaultValue = "30")
    int minAssetsPerTerm;

    @Inject
    @ConfigProperty(name = "taxonomist.training.bags", defaultValue = "5")
    int bags;

    @Inject
    @ConfigProperty(name = "taxonomist.training.pca-components", defaultValue = "0")
    int pcaComponents;

    @Inject
    @ConfigProperty(name = "taxonomist.audit.bags", defaultValue = "10")
    int auditBags;

    @Inject
    @ConfigProperty(name = "taxonomist.audit.bag-fraction", defaultValue = "0.5")
    double auditBagFraction;

    /**
     * The audit's own minimum. Judging an asset's label from fewer examples did not pay on TuxPaint
     * (10% swapped labels found: 0.76 at 30, 0.68 at 15, 0.66 at 10, 0.59 at 5), so it defaults to
     * the training minimum; an admin who wants small terms judged anyway can lower it.
     */
    @Inject
    @ConfigProperty(name = "taxonomist.audit.min-assets-per-term")
    Optional<Integer> auditMinAssetsPerTerm;

    /**
     * What a training run did for one field.
     *
     * @param version the new version, or null when no term had enough labelled assets
     */
    public record Report(
            String field,
            Integer version,
            boolean active,
            List<String> trainedTerms,
            List<String> needsMoreData,
            int trainingSize) {}

    public Report train(String field, boolean activate, String user) {
        TrainingSet set = trainingSet(field);
        TrainedEnsemble trained;
        try {
            trained = EnsembleTraining.train(set.embeddings(), set.labels(), set.terms(), settings());
        } catch (NeedsMoreDataException e) {
            return new Report(field, null, false, List.of(), e.terms(), set.size());
        }
        ModelVersion version = registry.add(field, trained, trained.ensemble().backbones(), set.size(), activate, user);
        LOG.info(() -> "Trained " + version.source() + " on " + set.size() + " assets, terms "
                + trained.ensemble().terms() + (version.isActive() ? ", active" : ", not active"));
        return new Report(
                field,
                version.getVersion(),
                version.isActive(),
                new ArrayList<>(trained.ensemble().terms()),
                trained.needsMoreData().stream().map(LeftOutTerm::term).toList(),
                set.size());
    }

    /**
     * The field's labelled assets with their embeddings (computed now, not saved, for any asset a
     * backbone never saw: the upload's tagging saves them), read in one transaction that writes
     * nothing: batchlets call it from pooled threads, where an entity manager used outside a
     * transaction outlives the step, and a write here would race the tagging of new uploads.
     */
    @Transactional
    public TrainingSet trainingSet(String field) {
        return trainingSet(field, runtime.backbones());
    }

    /** The field's labelled assets with their embeddings by these backbones, as {@link #trainingSet(String)} reads them. */
    @Transactional
    public TrainingSet trainingSet(String field, List<Backbone> backbones) {
        TaxonomyFieldDefinition definition = dam.fields().stream()
                .filter(f -> f.name().equals(field))
                .findFirst()
                .orElseThrow(() -> new UnknownEntryException("There is no field " + field + "."));
        List<DamAsset> labelled = dam.assetsLabelled(field);
        List<String> terms = definition.terms();
        long[] ids = new long[labelled.size()];
        boolean[][] labels = new boolean[labelled.size()][terms.size()];
        Map<String, float[][]> x = new LinkedHashMap<>();
        for (int i = 0; i < labelled.size(); i++) {
            DamAsset asset = labelled.get(i);
            ids[i] = asset.id();
            for (Map.Entry<String, CachedEmbedding> e :
                    embeddings.embed(asset, backbones).embeddings().entrySet()) {
                x.computeIfAbsent(e.getKey(), k -> new float[labelled.size()][])[i] =
                        e.getValue().vector();
            }
            for (int t = 0; t < terms.size(); t++) {
                labels[i][t] = asset.values(field).contains(terms.get(t));
            }
        }
        return new TrainingSet(field, terms, ids, labels, x);
    }

    /** The ensemble settings of this server's configuration. */
    public EnsembleSettings settings() {
        return EnsembleSettings.defaults()
                .withMinAssetsPerTerm(minAssetsPerTerm)
                .withBags(bags)
                .withPcaComponents(pcaComponents);
    }

    /** The label audit's: the same heads, in more and smaller bags (see {@link AuditPlan#BAGS}). */
    public EnsembleSettings auditSettings() {
        return settings()
                .withBags(auditBags)
                .withFraction(auditBagFraction)
                .withMinAssetsPerTerm(auditMinAssetsPerTerm.orElse(minAssetsPerTerm));
    }

    /** How many labelled assets a term needs to be trained. */
    public int minAssetsPerTerm() {
        return minAssetsPerTerm;
    }
}
