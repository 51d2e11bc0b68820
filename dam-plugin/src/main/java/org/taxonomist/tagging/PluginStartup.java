package org.taxonomist.tagging;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.models.backbone.Backbone;

/**
 * At start-up, off the deployment thread: loads the models and the object detector, makes sure the
 * DAM has the fields their pre-trained classes fill, and resumes the tagging that a previous run left unfinished.
 */
@ApplicationScoped
public class PluginStartup {

    static final String CONTENT_RATING = "Content rating";

    @Resource
    ManagedExecutorService executor;

    @Inject
    ModelRuntime runtime;

    @Inject
    DamAdapter dam;

    @Inject
    TaggingQueue queue;

    @Inject
    ObjectDetection objects;

    public void start() {
        executor.submit(() -> {
            Backbone backbone = runtime.load();
            dam.ensureField(
                    new TaxonomyFieldDefinition(CONTENT_RATING, false, backbone.pretrainedLabels(), backbone.id()));
            objects.field().ifPresent(field -> {
                dam.ensureField(field);
                objects.ready();
            });
            queue.claimMore();
        });
    }
}
