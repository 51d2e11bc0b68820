package org.taxonomist.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.ensemble.Ensemble;
import org.taxonomist.registry.ActiveModel;
import org.taxonomist.registry.ModelRegistry;

/**
 * Tags one asset: embeds its image (once per backbone), predicts every field — with the default
 * backbone's own pre-trained classes for a field bound to them, with the object detector for its
 * field, with the field's active model version for the others — and hands each prediction to
 * {@link FieldFilling}; an upload's text is read too, and the brands in it suggested
 * ({@link TextReading}, {@link BrandSpotting}).
 */
@ApplicationScoped
public class Tagger {

    private static final Logger LOG = Logger.getLogger(Tagger.class.getName());

    @Inject
    DamAdapter dam;

    @Inject
    EmbeddingCache embeddings;

    @Inject
    ModelRuntime runtime;

    @Inject
    ModelRegistry models;

    @Inject
    FieldFilling filling;

    @Inject
    ObjectDetection objects;

    @Inject
    TextReading text;

    @Inject
    BrandSpotting brands;

    @Inject
    Event<UploadTagged> tagged;

    /**
     * Suggestions only ask for a librarian's look, so a term is suggested from the lower of its
     * tuned threshold (F1-optimal on out-of-bag predictions, noisy while labels are few) and this.
     */
    @Inject
    @ConfigProperty(name = "taxonomist.suggestion.min-confidence", defaultValue = "0.3")
    double reviewFloor;

    /** The confidence from which a term is suggested for review, whatever its tuned threshold. */
    public double reviewFloor() {
        return reviewFloor;
    }

    /**
     * Tags the asset, if it still exists: the upload queue's unit of work, one transaction (its
     * reads too: an entity manager used outside a transaction on a managed thread outlives the task),
     * and announces it ({@link UploadTagged}).
     */
    @Transactional
    public void tag(long assetId) {
        dam.asset(assetId).ifPresent(asset -> {
            if (objects.field().isPresent()) {
                objects.detect(asset);
            }
            if (text.ready()) {
                text.read(asset);
            }
            EmbeddedAsset embedded = embeddings.embed(asset);
            tag(embedded);
            tagged.fire(new UploadTagged(embedded));
        });
    }

    /** Saves the asset's new embeddings and hands every field's prediction to {@link FieldFilling}. */
    @Transactional
    public void tag(EmbeddedAsset embedded) {
        embeddings.save(embedded);
        for (TaxonomyFieldDefinition field : dam.fields()) {
            predict(field, embedded).ifPresent(prediction -> filling.apply(embedded.asset(), field, prediction));
        }
        brands.spot(embedded.asset());
    }

    /**
     * Per field, the source its suggestions come from now: the active model version, or the
     * default backbone for a field bound to its own classes (fields with neither are left out).
     */
    public Map<String, String> activeSources() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (TaxonomyFieldDefinition field : dam.fields()) {
            if (field.learnt()) {
                models.active(field.name()).ifPresent(model -> sources.put(field.name(), model.source()));
            } else if (field.pretrainedModel().equals(runtime.backbone().id())) {
                sources.put(field.name(), EmbeddingCache.key(runtime.backbone()));
            } else if (objects.fills(field)) {
                sources.put(field.name(), ObjectDetection.SOURCE);
            }
        }
        return sources;
    }

    private Optional<FieldPrediction> predict(TaxonomyFieldDefinition field, EmbeddedAsset embedded) {
        if (objects.fills(field)) {
            return objects.ready() ? Optional.of(objects.predict(embedded.asset())) : Optional.empty();
        }
        if (field.pretrainedModel() != null) {
            return pretrained(field, embedded.embeddings());
        }
        return models.active(field.name()).flatMap(model -> fromModel(model, embedded.embeddings()));
    }

    /** The backbone's own classes: the most probable one is always worth suggesting (threshold 0). */
    private Optional<FieldPrediction> pretrained(TaxonomyFieldDefinition field, Map<String, CachedEmbedding> embedded) {
        Backbone backbone = runtime.backbone();
        if (!field.pretrainedModel().equals(backbone.id())) {
            return Optional.empty();
        }
        String key = EmbeddingCache.key(backbone);
        float[] scores = embedded.get(key).pretrainedScores();
        return Optional.of(
                new FieldPrediction(key, backbone.pretrainedLabels(), scores, new float[scores.length], Map.of()));
    }

    private Optional<FieldPrediction> fromModel(ActiveModel model, Map<String, CachedEmbedding> embedded) {
        Ensemble ensemble = model.ensemble();
        Map<String, float[]> vectors = new LinkedHashMap<>();
        for (String backbone : ensemble.backbones()) {
            CachedEmbedding embedding = embedded.get(backbone);
            if (embedding == null) {
                LOG.warning(
                        () -> model.source() + " needs backbone " + backbone
                                + ", which taxonomist.backbones does not load; "
                                + "its field gets no suggestions until the backbone is configured or another version is activated.");
                return Optional.empty();
            }
            vectors.put(backbone, embedding.vector());
        }
        float[] review = ensemble.thresholds();
        for (int t = 0; t < review.length; t++) {
            review[t] = Math.min(review[t], (float) reviewFloor);
        }
        return Optional.of(new FieldPrediction(
                model.source(), ensemble.terms(), ensemble.predict(vectors), review, model.autofillThresholds()));
    }
}
