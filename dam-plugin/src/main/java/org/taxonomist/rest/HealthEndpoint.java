package org.taxonomist.rest;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health, /health/ready and /health/live in MicroProfile Health's JSON. Payara serves these itself,
 * but not when the application sits at the context root "/", which shadows them; so the
 * application answers them, from the same {@code @Readiness} checks. 503 while anything is DOWN.
 */
@WebServlet(urlPatterns = {"/health", "/health/*"})
public class HealthEndpoint extends HttpServlet {

    @Inject
    @Readiness
    @Any
    Instance<HealthCheck> readiness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        List<HealthCheckResponse> checks = path.equals("/live")
                ? List.of()
                : readiness.stream().map(HealthCheck::call).toList();
        boolean up = checks.stream().allMatch(c -> c.getStatus() == HealthCheckResponse.Status.UP);
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"checks\":["
                        + checks.stream()
                                .map(c -> "{\"name\":\"" + c.getName() + "\",\"status\":\"" + c.getStatus() + "\"}")
                                .collect(Collectors.joining(","))
                        + "]}");
    }
}
