package org.taxonomist.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that tell browsers to treat every answer as what it says it is: no content sniffing, no
 * framing by other sites, no referrer sent elsewhere. The API's JSON and images may run nothing
 * ({@code default-src 'none'}). Console pages get the directives that hold for every page (no
 * plugins, no foreign base URL or form target, no framing); PrimeFaces adds a second policy to the
 * pages it renders whose {@code script-src} allows this server's scripts and the response's nonce
 * ({@code primefaces.CSP} in web.xml). Browsers enforce both, so this one names no {@code script-src}.
 */
@WebFilter(urlPatterns = "/*")
public class BrowserHardeningFilter extends HttpFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";
    static final String CONSOLE_POLICY =
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : CONSOLE_POLICY);
        chain.doFilter(request, response);
    }
}
