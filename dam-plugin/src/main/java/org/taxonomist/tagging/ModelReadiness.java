package org.taxonomist.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The server is ready only once the default model is loaded: before that, uploads would wait. */
@Readiness
@ApplicationScoped
public class ModelReadiness implements HealthCheck {

    @Inject
    ModelRuntime runtime;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("model").status(runtime.isReady()).build();
    }
}
