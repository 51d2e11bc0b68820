package org.taxonomist.tagging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.models.detection.CocoClasses;
import org.taxonomist.models.djl.CocoDetector;
import org.taxonomist.models.store.ModelPackage;
import org.taxonomist.models.store.ModelStore;

/**
 * Object keywords: the COCO detector finds everyday objects (80 classes) in each tagged image; those
 * scoring at least {@code taxonomist.detector.min-score} (default 0.3) become suggestions for the
 * field {@code taxonomist.detector.field} (default "Objects", multi-valued, the 80 class names as
 * terms; {@code none} turns detection off), reviewed or autofilled like any field's. The objects
 * themselves, boxes included, are kept per image and detector version ({@link ImageObjects}), so
 * each image is searched once (about 155 ms on 2 cores) and a retag reads them back.
 *
 * <p>Where {@code taxonomist.backbones} names the detector ({@code human:centernet}), that loaded
 * backbone is the detector, and a detection saves the image's embedding from the same pass.
 */
@ApplicationScoped
public class ObjectDetection {

    private static final Logger LOG = Logger.getLogger(ObjectDetection.class.getName());
    /** The detector, with the version of the package it comes from: the source of its suggestions. */
    public static final String SOURCE = CocoDetector.ID + "@" + ModelPackage.HUMAN.version();

    @Inject
    @ConfigProperty(name = "taxonomist.detector.field", defaultValue = "Objects")
    String fieldName;

    @Inject
    @ConfigProperty(name = "taxonomist.detector.min-score", defaultValue = "0.3")
    double minScore;

    @PersistenceContext
    EntityManager em;

    @Inject
    EmbeddingCache embeddings;

    @Inject
    DamAdapter dam;

    @Inject
    ModelRuntime runtime;

    /** Guarded by this; opened by the first detection (or at start-up), unless it failed to load. */
    private CocoDetector detector;

    private boolean detectorIsABackbone;
    private boolean failedToLoad;

    /** The score from which a found object counts, and suggests its class. */
    public double minScore() {
        return minScore;
    }

    /** The field the detector fills, unless detection is off. */
    public Optional<TaxonomyFieldDefinition> field() {
        String name = fieldName.strip();
        if (name.isEmpty() || name.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        return Optional.of(new TaxonomyFieldDefinition(name, true, CocoClasses.NAMES, CocoDetector.ID));
    }

    /** Whether {@code field} is the one the detector fills. */
    public boolean fills(TaxonomyFieldDefinition field) {
        return CocoDetector.ID.equals(field.pretrainedModel())
                && field().map(f -> f.name().equals(field.name())).orElse(false);
    }

    /**
     * Whether the detector is loaded, loading it if not. A detector that cannot be loaded (model
     * not fetched, bad setting) is logged once with what to do, and until a restart its field is
     * left out of tagging while the other fields are tagged.
     */
    public synchronized boolean ready() {
        if (detector == null && !failedToLoad) {
            try {
                if (minScore <= 0 || minScore > 1) {
                    throw new IllegalArgumentException("taxonomist.detector.min-score must be in (0, 1]: " + minScore);
                }
                Optional<CocoDetector> backbone = runtime.backbones().stream()
                        .filter(CocoDetector.class::isInstance)
                        .map(CocoDetector.class::cast)
                        .findFirst();
                detectorIsABackbone = backbone.isPresent();
                detector = backbone.orElseGet(
                        () -> CocoDetector.open(ModelStore.fromEnvironment().humanPackage(), null));
                LOG.info(() -> "Object detector " + SOURCE + " loaded; it fills " + fieldName);
            } catch (RuntimeException e) {
                failedToLoad = true;
                LOG.log(
                        Level.SEVERE,
                        "The object detector could not be loaded, so " + fieldName
                                + " gets no suggestions until the server restarts: " + e.getMessage(),
                        e);
            }
        }
        return detector != null;
    }

    private synchronized CocoDetector detector() {
        if (!ready()) {
            throw new IllegalStateException("The object detector is not loaded");
        }
        return detector;
    }

    /**
     * Searches the asset's image for objects unless that was done, in a transaction of its own: an
     * upload's tagging calls it first, so that its own transaction, which saves the embeddings,
     * stays as short as it was without the detector (a label audit embedding the same new asset
     * meanwhile would collide with it). Where the detector is a backbone, its embedding of the
     * image is saved too, and the tagging that follows finds it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void detect(DamAsset asset) {
        if (ready() && find(asset.contentHash()).isEmpty()) {
            CocoDetector.Sighting sighting = detector().look(embeddings.image(asset.id()), (float) minScore);
            em.persist(new ImageObjects(
                    asset.contentHash(),
                    SOURCE,
                    sighting.objects().stream().map(FoundObject::new).toList()));
            if (isABackbone()) {
                embeddings.saveIfMissing(asset, detector(), sighting.features());
            }
        }
    }

    private synchronized boolean isABackbone() {
        return detectorIsABackbone;
    }

    /**
     * The objects in the asset's image (searched for once per image and detector version, then
     * read back) and what they suggest: per class, the best score of its objects.
     */
    @Transactional
    public FieldPrediction predict(DamAsset asset) {
        List<FoundObject> found = find(asset.contentHash())
                .orElseGet(() -> {
                    ImageObjects detected = detected(asset);
                    em.persist(detected);
                    return detected;
                })
                .objects();
        List<String> terms = CocoClasses.NAMES;
        float[] scores = new float[terms.size()];
        for (FoundObject object : found) {
            int t = terms.indexOf(object.getLabel());
            scores[t] = Math.max(scores[t], object.getScore());
        }
        float[] thresholds = new float[terms.size()];
        Arrays.fill(thresholds, (float) minScore);
        return new FieldPrediction(SOURCE, terms, scores, thresholds, Map.of());
    }

    private ImageObjects detected(DamAsset asset) {
        return new ImageObjects(
                asset.contentHash(),
                SOURCE,
                detector().detect(embeddings.image(asset.id()), (float) minScore).stream()
                        .map(FoundObject::new)
                        .toList());
    }

    /** The objects the current detector found in the asset's image, best first (none before it was tagged). */
    public List<FoundObject> forAsset(long assetId) {
        return dam.asset(assetId)
                .flatMap(asset -> find(asset.contentHash()))
                .map(ImageObjects::objects)
                .orElse(List.of());
    }

    private Optional<ImageObjects> find(String contentHash) {
        return em.createQuery(
                        "select i from ImageObjects i where i.contentHash = :hash and i.source = :source",
                        ImageObjects.class)
                .setParameter("hash", contentHash)
                .setParameter("source", SOURCE)
                .getResultStream()
                .findFirst();
    }

    /** Closes the detector unless it is a backbone, which {@link ModelRuntime} closes. */
    @PreDestroy
    synchronized void close() {
        if (detector != null && !detectorIsABackbone) {
            detector.close();
        }
    }
}
