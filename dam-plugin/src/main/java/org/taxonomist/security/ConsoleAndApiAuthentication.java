package org.taxonomist.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One mechanism for both channels. The REST API takes HTTP Basic credentials and answers 401 in
 * JSON without them; the console logs in through its form (SecurityContext.authenticate) and
 * keeps the caller in the session, redirecting to the login page otherwise. Console pages ignore
 * Basic credentials: a browser that saved them would send them with any page another site links. A console session is
 * honoured by the API only for reads (thumbnails in the console), so a forged cross-site POST
 * cannot change anything with a librarian's cookie.
 */
@ApplicationScoped
public class ConsoleAndApiAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String SESSION_CALLER = ConsoleAndApiAuthentication.class.getName() + ".caller";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** Who is logged in to a console session, since when. */
    record SessionCaller(String name, Set<String> groups, Instant since) implements java.io.Serializable {}

    /** Accounts an admin changed, and when: their console sessions from before end. */
    private final Map<String, Instant> changedAccounts = new ConcurrentHashMap<>();

    @Inject
    LoginGuard guard;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        boolean api = isApi(request);
        String authorization = request.getHeader("Authorization");
        if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                CredentialValidationResult result =
                        guard.check(basicCredential(authorization.substring(6)), request.getRemoteAddr());
                return result.getStatus() == CredentialValidationResult.Status.VALID
                        ? context.notifyContainerAboutLogin(result)
                        : refuse(response, context, 401, "Wrong user name or password.");
            } catch (LoginLockedException locked) {
                response.setHeader(
                        "Retry-After",
                        Long.toString(Math.max(
                                1,
                                Duration.between(Instant.now(), locked.until()).toSeconds() + 1)));
                return refuse(response, context, 429, locked.getMessage());
            }
        }
        Credential formCredential = context.getAuthParameters().getCredential();
        if (formCredential instanceof UsernamePasswordCredential login) {
            CredentialValidationResult result;
            try {
                result = guard.check(login, request.getRemoteAddr());
            } catch (LoginLockedException locked) {
                return context.responseUnauthorized();
            }
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.responseUnauthorized();
            }
            request.getSession(true)
                    .setAttribute(
                            SESSION_CALLER,
                            new SessionCaller(
                                    result.getCallerPrincipal().getName(), result.getCallerGroups(), Instant.now()));
            return context.notifyContainerAboutLogin(result);
        }
        SessionCaller caller = sessionCaller(request);
        if (caller != null && (!api || SAFE_METHODS.contains(request.getMethod()))) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return refuse(response, context, 401, "Log in: send HTTP Basic credentials of a librarian or admin.");
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + returnTo(request));
    }

    /** "?next=…" for a page opened with GET, so that the login leads back to it (the start page needs none). */
    private static String returnTo(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || path.equals("/")) {
            return "";
        }
        String page = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return "?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
    }

    /** The session's caller, unless an admin changed the account since the login. */
    private SessionCaller sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SessionCaller caller = session == null ? null : (SessionCaller) session.getAttribute(SESSION_CALLER);
        Instant changed = caller == null ? null : changedAccounts.get(caller.name());
        if (changed != null && !changed.isBefore(caller.since())) {
            session.removeAttribute(SESSION_CALLER);
            return null;
        }
        return caller;
    }

    void endSessions(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        changedAccounts.put(change.username(), Instant.now());
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static UsernamePasswordCredential basicCredential(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? new UsernamePasswordCredential("", "")
                : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static AuthenticationStatus refuse(
            HttpServletResponse response, HttpMessageContext context, int status, String message) {
        try {
            response.setStatus(status);
            response.setHeader("WWW-Authenticate", "Basic realm=\"taxonomist\", charset=\"UTF-8\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
