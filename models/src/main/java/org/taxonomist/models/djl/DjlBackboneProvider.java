package org.taxonomist.models.djl;

import java.util.Set;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.BackboneProvider;
import org.taxonomist.models.backbone.BackboneSpec;
import org.taxonomist.models.store.ModelStore;

/**
 * The DJL-backed backbones, registered for {@link java.util.ServiceLoader}: {@code nsfwjs:<model>}
 * (bundled, from the model store), {@code torchscript:<file>}, {@code onnx:<file>} and
 * {@code djl://<zoo URL>}.
 */
public final class DjlBackboneProvider implements BackboneProvider {

    private static final Set<String> NSFWJS_OPTIONS = Set.of("batch", "device");

    @Override
    public Set<String> schemes() {
        return Set.of("nsfwjs", "torchscript", "onnx", "djl");
    }

    @Override
    public Backbone open(BackboneSpec spec, ModelStore store, int batchSize) {
        if (spec.scheme().equals("nsfwjs")) {
            spec.requireKnownOptions(NSFWJS_OPTIONS);
            NsfwjsBackbone.Model model = NsfwjsBackbone.Model.byName(spec.location());
            return NsfwjsBackbone.open(store.nsfwjsPackage(), model, batchSize, spec.option("device", null));
        }
        return DjlModelBackbone.open(spec, batchSize);
    }
}
