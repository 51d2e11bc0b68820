package org.taxonomist.tagging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.Backbones;
import org.taxonomist.models.store.ModelStore;

/**
 * Owns the default backbone for the life of the application: loaded once at start-up (readiness
 * reports DOWN until then), closed on shutdown.
 */
@ApplicationScoped
public class ModelRuntime {

    private static final Logger LOG = Logger.getLogger(ModelRuntime.class.getName());
    private final CompletableFuture<Backbone> backbone = new CompletableFuture<>();

    /** Loads the model; called once at start-up on a managed thread, so deployment does not wait. */
    public Backbone load() {
        try {
            Backbone loaded = Backbones.openDefault(ModelStore.fromEnvironment());
            LOG.info(() -> "Model " + loaded.id() + " " + loaded.version() + " loaded");
            backbone.complete(loaded);
            return loaded;
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "The default model could not be loaded: " + e.getMessage(), e);
            backbone.completeExceptionally(e);
            throw e;
        }
    }

    public boolean isReady() {
        return backbone.isDone() && !backbone.isCompletedExceptionally();
    }

    /** The loaded backbone, waiting for the load if it is still running. */
    public Backbone backbone() {
        try {
            return backbone.get(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the model", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The default model is not available: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The default model took more than 10 minutes to load", e);
        }
    }

    @PreDestroy
    void close() {
        backbone.thenAccept(Backbone::close);
    }
}
