package org.taxonomist.tagging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.models.backbone.Backbone;
import org.taxonomist.models.backbone.Backbones;
import org.taxonomist.models.store.ModelStore;

/**
 * Owns the backbones of {@code taxonomist.backbones} for the life of the application: loaded once
 * at start-up (readiness reports DOWN until then), closed on shutdown. The first one is the
 * default backbone, whose own pre-trained classes fill a field; every backbone's embeddings feed
 * the fields' ensembles. The label audit embeds with the backbones of
 * {@code taxonomist.audit.backbones} (every bundled one by default): those uploads do not use are
 * loaded by the first audit, so a server that never audits never holds them.
 */
@ApplicationScoped
public class ModelRuntime {

    private static final Logger LOG = Logger.getLogger(ModelRuntime.class.getName());
    private final CompletableFuture<List<Backbone>> backbones = new CompletableFuture<>();

    @Inject
    @ConfigProperty(name = "taxonomist.backbones", defaultValue = Backbones.UPLOAD_SPECS)
    String specs;

    @Inject
    @ConfigProperty(name = "taxonomist.audit.backbones", defaultValue = Backbones.BUNDLED_SPECS)
    String auditSpecs;

    /** Guarded by this: the audit's backbones once loaded, and those of them this runtime opened for the audit alone. */
    private List<Backbone> auditBackbones;

    private final List<Backbone> auditOnly = new ArrayList<>();

    /** Loads the models; called once at start-up on a managed thread, so deployment does not wait. */
    public Backbone load() {
        List<Backbone> loaded = new ArrayList<>();
        try {
            for (String spec : named(specs)) {
                Backbone backbone = Backbones.open(spec, ModelStore.fromEnvironment());
                LOG.info(() -> "Model " + backbone.id() + " " + backbone.version() + " loaded from " + spec);
                loaded.add(backbone);
            }
            if (loaded.isEmpty()) {
                throw new IllegalArgumentException("taxonomist.backbones names no backbone");
            }
            backbones.complete(List.copyOf(loaded));
            return loaded.get(0);
        } catch (RuntimeException | Error e) {
            LOG.log(
                    Level.SEVERE,
                    "The models of taxonomist.backbones=" + specs + " could not be loaded: " + e.getMessage(),
                    e);
            loaded.forEach(Backbone::close);
            backbones.completeExceptionally(e);
            throw e;
        }
    }

    public boolean isReady() {
        return backbones.isDone() && !backbones.isCompletedExceptionally();
    }

    /** The default backbone, waiting for the load if it is still running. */
    public Backbone backbone() {
        return backbones().get(0);
    }

    /** All loaded backbones, the default first. */
    public List<Backbone> backbones() {
        try {
            return backbones.get(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the models", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "The models are not available: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The models took more than 10 minutes to load", e);
        }
    }

    /**
     * The backbones the label audit embeds with, in the order of {@code taxonomist.audit.backbones};
     * a spec that uploads use too is the same loaded backbone.
     *
     * @throws IllegalStateException naming the setting when a backbone cannot be loaded
     */
    public synchronized List<Backbone> auditBackbones() {
        if (auditBackbones == null) {
            List<String> serving = named(specs);
            List<Backbone> all = new ArrayList<>();
            List<Backbone> opened = new ArrayList<>();
            try {
                for (String spec : named(auditSpecs)) {
                    int loaded = serving.indexOf(spec);
                    Backbone backbone =
                            loaded >= 0 ? backbones().get(loaded) : Backbones.open(spec, ModelStore.fromEnvironment());
                    if (loaded < 0) {
                        LOG.info(() -> "Model " + backbone.id() + " " + backbone.version() + " loaded from " + spec
                                + " for label audits");
                        opened.add(backbone);
                    }
                    all.add(backbone);
                }
            } catch (RuntimeException e) {
                opened.forEach(Backbone::close);
                throw new IllegalStateException(
                        "The audit's backbones (taxonomist.audit.backbones=" + auditSpecs + ") could not be loaded: "
                                + e.getMessage(),
                        e);
            }
            auditOnly.addAll(opened);
            auditBackbones = all.isEmpty() ? backbones() : List.copyOf(all);
        }
        return auditBackbones;
    }

    private static List<String> named(String specs) {
        return Arrays.stream(specs.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    @PreDestroy
    synchronized void close() {
        backbones.thenAccept(all -> all.forEach(Backbone::close));
        auditOnly.forEach(Backbone::close);
    }
}
