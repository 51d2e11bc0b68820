package org.taxonomist.head;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.models.head.Head;
import org.taxonomist.models.head.HeadSettings;
import org.taxonomist.tagging.EmbeddingCache;

/**
 * Trains a field's head on the labels the DAM already has. Terms with fewer labelled assets than
 * {@code taxonomist.training.min-assets-per-term} are left out and reported as needing more data.
 */
@ApplicationScoped
public class HeadTraining {

    private static final Logger LOG = Logger.getLogger(HeadTraining.class.getName());

    @Inject
    DamAdapter dam;

    @Inject
    EmbeddingCache embeddings;

    @Inject
    HeadRegistry registry;

    @Inject
    @ConfigProperty(name = "taxonomist.training.min-assets-per-term", defaultValue = "10")
    int minAssetsPerTerm;

    /** What a training run did for one field. */
    public record Report(String field, Integer version, List<String> trainedTerms, List<String> needsMoreData, int trainingSize) {
    }

    public Report train(String field) {
        List<DamAsset> labelled = dam.assetsLabelled(field);
        Map<String, Integer> support = new TreeMap<>();
        labelled.forEach(a -> a.values(field).forEach(t -> support.merge(t, 1, Integer::sum)));
        List<String> terms = new ArrayList<>();
        List<String> needsMoreData = new ArrayList<>();
        support.forEach((term, count) -> (count >= minAssetsPerTerm && count < labelled.size() ? terms : needsMoreData).add(term));
        if (terms.isEmpty()) {
            return new Report(field, null, terms, needsMoreData, labelled.size());
        }
        float[][] x = new float[labelled.size()][];
        boolean[][] y = new boolean[labelled.size()][terms.size()];
        String backbone = null;
        for (int i = 0; i < labelled.size(); i++) {
            DamAsset asset = labelled.get(i);
            var embedding = embeddings.embedding(asset.id(), asset.contentHash());
            backbone = embedding.backbone();
            x[i] = embedding.vector();
            for (int t = 0; t < terms.size(); t++) {
                y[i][t] = asset.values(field).contains(terms.get(t));
            }
        }
        Head head = Head.train(x, y, terms, HeadSettings.defaults());
        TrainedHead trained = registry.addActive(field, backbone, head, needsMoreData, labelled.size());
        LOG.info(() -> "Trained " + trained.source() + " on " + labelled.size() + " assets, terms " + terms);
        return new Report(field, trained.getVersion(), terms, needsMoreData, labelled.size());
    }
}
