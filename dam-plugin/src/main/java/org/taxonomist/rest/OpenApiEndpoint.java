package org.taxonomist.rest;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the OpenAPI description generated from the JAX-RS resources at build time (admin-web's
 * smallrye-open-api plugin). Payara's own /openapi is shadowed at the context root "/" and does not
 * scan resources that live in WEB-INF/lib.
 */
@WebServlet("/openapi")
public class OpenApiEndpoint extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean json = String.valueOf(request.getHeader("Accept")).contains("json")
                || "json".equals(request.getParameter("format"));
        try (InputStream document =
                getServletContext().getResourceAsStream("/WEB-INF/openapi/openapi." + (json ? "json" : "yaml"))) {
            if (document == null) {
                response.sendError(404, "The OpenAPI description was not built into this WAR");
                return;
            }
            response.setContentType(json ? "application/json" : "application/yaml");
            response.setCharacterEncoding("UTF-8");
            document.transferTo(response.getOutputStream());
        }
    }
}
