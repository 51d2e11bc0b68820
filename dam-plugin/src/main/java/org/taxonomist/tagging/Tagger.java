package org.taxonomist.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.head.ActiveHead;
import org.taxonomist.head.HeadRegistry;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.suggestion.SuggestionService;

/**
 * Tags one asset: embeds its image (once per backbone), then proposes terms for every field —
 * the backbone's own pre-trained classes for a field bound to them, the field's active head for
 * the others. Fields that already have a value get no suggestions.
 */
@ApplicationScoped
public class Tagger {

    @Inject
    DamAdapter dam;

    @Inject
    EmbeddingCache embeddings;

    @Inject
    ModelRuntime runtime;

    @Inject
    HeadRegistry heads;

    @Inject
    SuggestionService suggestions;

    @Inject
    @ConfigProperty(name = "taxonomist.suggestion.min-confidence", defaultValue = "0.3")
    double minConfidence;

    public void tag(long assetId) {
        Optional<DamAsset> found = dam.asset(assetId);
        if (found.isEmpty()) {
            return;
        }
        DamAsset asset = found.get();
        CachedEmbedding embedding = embeddings.embedding(assetId, asset.contentHash());
        for (TaxonomyFieldDefinition field : dam.fields()) {
            if (!asset.values(field.name()).isEmpty()) {
                continue;
            }
            if (field.pretrainedModel() != null) {
                proposePretrained(asset, field, embedding);
            } else {
                heads.active(field.name())
                        .filter(head -> head.backbone().equals(embedding.backbone()))
                        .ifPresent(head -> proposeFromHead(asset, field, head, embedding));
            }
        }
    }

    /** A field bound to the backbone's own classes gets its most probable class. */
    private void proposePretrained(DamAsset asset, TaxonomyFieldDefinition field, CachedEmbedding embedding) {
        Backbone backbone = runtime.backbone();
        if (!field.pretrainedModel().equals(backbone.id())) {
            return;
        }
        float[] scores = embedding.pretrainedScores();
        List<String> labels = backbone.pretrainedLabels();
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        suggestions.propose(asset.id(), field.name(), labels.get(best), scores[best], embedding.backbone());
    }

    private void proposeFromHead(DamAsset asset, TaxonomyFieldDefinition field, ActiveHead head, CachedEmbedding embedding) {
        float[] probabilities = head.head().predict(embedding.vector());
        List<String> terms = head.head().terms();
        int best = 0;
        for (int t = 0; t < terms.size(); t++) {
            if (probabilities[t] > probabilities[best]) {
                best = t;
            }
            if (field.multiValued() && probabilities[t] >= minConfidence) {
                suggestions.propose(asset.id(), field.name(), terms.get(t), probabilities[t], head.source());
            }
        }
        if (!field.multiValued() && probabilities[best] >= minConfidence) {
            suggestions.propose(asset.id(), field.name(), terms.get(best), probabilities[best], head.source());
        }
    }
}
