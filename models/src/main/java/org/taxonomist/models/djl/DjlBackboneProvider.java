package org.taxonomist.models.djl;

import java.util.Optional;
import java.util.Set;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.BackboneProvider;
import org.taxonomist.models.backbone.BackboneSpec;
import org.taxonomist.models.backbone.EmbeddingSpace;
import org.taxonomist.models.store.ModelStore;

/**
 * The DJL-backed backbones, registered for {@link java.util.ServiceLoader}: {@code nsfwjs:<model>}
 * and {@code human:centernet} (the COCO detector's features; bundled, from the model store), {@code torchscript:<file>}, {@code onnx:<file>} and
 * {@code djl://<zoo URL>}.
 */
public final class DjlBackboneProvider implements BackboneProvider {

    private static final Set<String> BUNDLED_OPTIONS = Set.of("batch", "device");

    @Override
    public Set<String> schemes() {
        return Set.of("nsfwjs", "human", "torchscript", "onnx", "djl");
    }

    @Override
    public Backbone open(BackboneSpec spec, ModelStore store, int batchSize) {
        if (spec.scheme().equals("nsfwjs")) {
            spec.requireKnownOptions(BUNDLED_OPTIONS);
            NsfwjsBackbone.Model model = NsfwjsBackbone.Model.byName(spec.location());
            return NsfwjsBackbone.open(store.nsfwjsPackage(), model, batchSize, spec.option("device", null));
        }
        if (spec.scheme().equals("human")) {
            spec.requireKnownOptions(BUNDLED_OPTIONS);
            if (!spec.location().equals("centernet")) {
                throw new IllegalArgumentException("No Human model '" + spec.location() + "'; there is centernet");
            }
            // One image a pass unless the spec says otherwise: on 2 CPU cores batches of 8 of its 512 × 512 input ran
            // at
            // 1.2 images/s against 5.7 one by one (OpenMoji, 2026-12-05), the larger activations costing more than they
            // save.
            return CocoDetector.open(store.humanPackage(), spec.intOption("batch", 1), spec.option("device", null));
        }
        return DjlModelBackbone.open(spec, batchSize);
    }

    @Override
    public Optional<EmbeddingSpace> space(BackboneSpec spec) {
        if (spec.scheme().equals("nsfwjs")) {
            NsfwjsBackbone.Model model = NsfwjsBackbone.Model.byName(spec.location());
            return Optional.of(
                    new EmbeddingSpace(EmbeddingSpace.key(model.id(), NsfwjsBackbone.VERSION), model.dimension()));
        }
        if (spec.scheme().equals("human") && spec.location().equals("centernet")) {
            return Optional.of(new EmbeddingSpace(
                    EmbeddingSpace.key(CocoDetector.ID, CocoDetector.VERSION), CocoDetector.DIMENSION));
        }
        return Optional.empty();
    }
}
