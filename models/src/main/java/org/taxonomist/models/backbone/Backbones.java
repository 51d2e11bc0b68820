package org.taxonomist.models.backbone;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.taxonomist.models.store.ModelStore;

/**
 * Opens backbones from spec strings ({@link BackboneSpec}), through the {@link BackboneProvider}s on
 * the class path. Bundled (offline, from the model store): {@code nsfwjs:mobilenet_v2} (the
 * default), {@code nsfwjs:inception_v3}, {@code nsfwjs:mobilenet_v2_mid}, {@code human:centernet}
 * (the COCO detector's features). User-supplied:
 * {@code torchscript:<file>}, {@code onnx:<file>}, {@code djl://<model zoo URL>}.
 *
 * <pre>{@code
 * try (Backbone inception = Backbones.open("nsfwjs:inception_v3", store);
 *      Backbone resnet = Backbones.open("torchscript:/models/resnet50.pt?size=224&mean=0.485,0.456,0.406"
 *              + "&std=0.229,0.224,0.225&id=resnet50&version=1", store)) {
 *     ...
 * }
 * }</pre>
 *
 * <p>Configuration: batch size from the spec's {@code batch=} option, else system property
 * {@value #BATCH_SIZE_PROPERTY}, else environment variable {@value #BATCH_SIZE_ENV}, else
 * {@value #DEFAULT_BATCH_SIZE}.
 */
public final class Backbones {

    public static final String BATCH_SIZE_PROPERTY = "taxonomist.backbone.batchSize";
    public static final String BATCH_SIZE_ENV = "TAXONOMIST_BACKBONE_BATCH_SIZE";
    public static final int DEFAULT_BATCH_SIZE = 8;
    /** The default backbone: nsfwjs 4.3.0 MobileNetV2, 1344-d embedding. */
    public static final String DEFAULT_SPEC = "nsfwjs:mobilenet_v2";
    /**
     * Every bundled backbone, the default first: what the label audit embeds with, whichever
     * backbones uploads use (three backbones found 0.81 of TuxPaint's swapped labels where the
     * default alone found 0.63; models/README.md).
     */
    public static final String BUNDLED_SPECS = "nsfwjs:mobilenet_v2,nsfwjs:mobilenet_v2_mid,nsfwjs:inception_v3";
    /**
     * What embeds every upload on a new install: the default backbone and the COCO detector's
     * features, which added 0.02-0.03 macro-F1 on TuxPaint and on two collections nobody tuned on,
     * and cost an upload nothing more where the detector runs anyway (the Objects field: one pass
     * gives objects and embedding). README, "The detector's features as a backbone".
     */
    public static final String UPLOAD_SPECS = DEFAULT_SPEC + ",human:centernet";

    private Backbones() {}

    /**
     * The default backbone ({@value #DEFAULT_SPEC}) on the DJL PyTorch engine.
     *
     * @throws org.taxonomist.models.store.MissingModelException when the model has not been fetched
     */
    public static Backbone openDefault(ModelStore store) {
        return open(DEFAULT_SPEC, store);
    }

    /** The default backbone with an explicit batch size (images per forward pass). */
    public static Backbone open(ModelStore store, int batchSize) {
        return open(BackboneSpec.parse(DEFAULT_SPEC), store, batchSize);
    }

    /**
     * Opens the backbone {@code spec} names (see {@link BackboneSpec} and the module README).
     *
     * @throws IllegalArgumentException for a malformed spec, an unknown scheme or unknown options
     * @throws org.taxonomist.models.store.MissingModelException when the model files are not there
     */
    public static Backbone open(String spec, ModelStore store) {
        BackboneSpec parsed = BackboneSpec.parse(spec);
        int batchSize = parsed.intOption("batch", configuredBatchSize());
        if (batchSize < 1) {
            throw new IllegalArgumentException("Option batch of backbone spec '" + spec + "' must be positive");
        }
        return open(parsed, store, batchSize);
    }

    private static Backbone open(BackboneSpec spec, ModelStore store, int batchSize) {
        for (BackboneProvider provider : providers()) {
            if (provider.schemes().contains(spec.scheme())) {
                return provider.open(spec, store, batchSize);
            }
        }
        throw new IllegalArgumentException("No backbone provider for '" + spec.scheme() + ":' (spec '" + spec.text()
                + "'); known schemes: " + schemes());
    }

    /**
     * What each backbone of a comma-separated list of specs embeds into, in their order, for those whose
     * provider knows it without opening them ({@link BackboneProvider#space}); the others are left out.
     *
     * @throws IllegalArgumentException for a malformed spec
     */
    public static List<EmbeddingSpace> spaces(String specs) {
        List<EmbeddingSpace> spaces = new ArrayList<>();
        for (String text : specs.split(",")) {
            if (text.isBlank()) {
                continue;
            }
            BackboneSpec spec = BackboneSpec.parse(text);
            providers().stream()
                    .filter(provider -> provider.schemes().contains(spec.scheme()))
                    .findFirst()
                    .flatMap(provider -> provider.space(spec))
                    .ifPresent(spaces::add);
        }
        return spaces;
    }

    /** The schemes the providers on the class path open. */
    public static List<String> schemes() {
        TreeSet<String> schemes = new TreeSet<>();
        providers().forEach(provider -> schemes.addAll(provider.schemes()));
        return List.copyOf(schemes);
    }

    private static List<BackboneProvider> providers() {
        // This class's loader, not the thread's: inside an application server the context loader may not see this jar.
        List<BackboneProvider> providers = new ArrayList<>();
        ServiceLoader.load(BackboneProvider.class, Backbones.class.getClassLoader())
                .forEach(providers::add);
        return providers;
    }

    static int configuredBatchSize() {
        String value = System.getProperty(BATCH_SIZE_PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(BATCH_SIZE_ENV);
        }
        if (value == null || value.isBlank()) {
            return DEFAULT_BATCH_SIZE;
        }
        try {
            int size = Integer.parseInt(value.strip());
            if (size < 1) {
                throw new NumberFormatException();
            }
            return size;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    BATCH_SIZE_PROPERTY + " must be a positive integer, not '" + value + "'");
        }
    }
}
