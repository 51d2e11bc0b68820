package org.taxonomist.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.primefaces.csp.CspException;

/**
 * Answers a console form post that Faces refuses before any phase runs with 400 and the page that
 * asks for a reload: a view the server does not hold (the session ended, the server restarted, or
 * the view state was forged) or a script nonce that is not the page's (PrimeFaces' CSP check). The
 * container would say 500, a server fault, for what is the request's. Nothing of the post was applied.
 */
@WebFilter(servletNames = "Faces Servlet")
public class RefusedFormFilter extends HttpFilter {

    static final String PAGE = "/WEB-INF/errors/expired.html";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!refusedForm(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher(PAGE).forward(request, response);
        }
    }

    static boolean refusedForm(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof ViewExpiredException || e instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}
