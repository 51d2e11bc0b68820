package org.taxonomist.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Refuses state changes over REST that a browser sends on behalf of another site. A browser that
 * has saved a librarian's Basic credentials attaches them to any request, also to a form another
 * site posts; such a request carries {@code Sec-Fetch-Site: cross-site} (or {@code same-site}) and
 * an {@code Origin} that is not ours. Clients that are not browsers send neither header and are
 * not affected: they hold no credentials a third party could borrow.
 */
@WebFilter(urlPatterns = "/api/*")
public class CrossSiteRequestFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isForeign(
                request.getMethod(),
                request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"),
                request.getHeader("Host"))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"status\":403,\"message\":\"Changes are accepted only from this server's own pages"
                            + " or from clients that are not browsers.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether a request changes something on behalf of another site.
     *
     * @param fetchSite the {@code Sec-Fetch-Site} header, null when absent
     * @param origin    the {@code Origin} header, null when absent
     * @param host      the {@code Host} header the request was sent to
     */
    static boolean isForeign(String method, String fetchSite, String origin, String host) {
        if (SAFE_METHODS.contains(method)) {
            return false;
        }
        if (sentByAnotherSite(fetchSite)) {
            return true;
        }
        if (origin == null) {
            return false;
        }
        return origin.equals("null") || !sameHost(origin, host); // "null": a sandboxed frame or a data: page
    }

    /**
     * Whether a browser sent the request for another site's page ({@code Sec-Fetch-Site} other than
     * {@code same-origin} or {@code none}, the address bar). Reads pass, but they must not leave
     * traces another site could forge, such as entries in the search log.
     */
    public static boolean sentByAnotherSite(String fetchSite) {
        return fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none");
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
