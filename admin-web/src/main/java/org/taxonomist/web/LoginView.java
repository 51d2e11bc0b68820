package org.taxonomist.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.taxonomist.security.LoginGuard;
import org.taxonomist.security.LoginLockedException;

/**
 * The login form. Request-scoped rather than view-scoped: it keeps nothing between requests, and
 * the security beans it needs are not serialisable.
 */
@Named
@RequestScoped
public class LoginView {

    static final String WRONG_CREDENTIALS = "Wrong user name or password.";

    @Inject
    SecurityContext security;

    @Inject
    LoginGuard guard;

    private String username;
    private String password;
    private String next;

    /**
     * A logged-in user who opens the login page goes straight to the assets. An AJAX call from a
     * page whose session ended arrives here too (the browser follows the redirect to this page
     * silently, keeping the AJAX headers): it is answered with an AJAX redirect, so that the whole
     * window shows the login page instead of a page that no longer reacts.
     */
    public void onOpen() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (faces.isPostback()) {
            return;
        }
        if (external.getRemoteUser() != null) {
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
        } else if (faces.getPartialViewContext().isAjaxRequest()) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
        }
    }

    public String logIn() throws IOException {
        ExternalContext external = external();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        UsernamePasswordCredential credential = new UsernamePasswordCredential(
                username == null ? "" : username.strip(), new Password(password == null ? "" : password));
        // Checked here first: on wrong credentials the authentication mechanism answers 401 through
        // sendError, which would replace this page by the container's error page instead of a message.
        // A successful check is remembered by the identity store, so the second one below costs nothing.
        try {
            if (guard.check(credential, request.getRemoteAddr()).getStatus()
                    != CredentialValidationResult.Status.VALID) {
                password = null;
                Messages.error(WRONG_CREDENTIALS);
                return null;
            }
        } catch (LoginLockedException locked) {
            password = null;
            Messages.error(locked.getMessage());
            return null;
        }
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams().credential(credential).newAuthentication(true));
        switch (status) {
            case SUCCESS:
                // A new session id after login, so an id planted before login is worth nothing.
                request.changeSessionId();
                external.redirect(external.getRequestContextPath() + nextPage());
                return null;
            case SEND_CONTINUE:
                FacesContext.getCurrentInstance().responseComplete();
                return null;
            default:
                Messages.error(WRONG_CREDENTIALS);
                return null;
        }
    }

    /**
     * The page the user opened before logging in, when it is a page of this application (a path,
     * never another site's address), else the assets.
     */
    private String nextPage() {
        boolean local = next != null
                && next.startsWith("/")
                && !next.startsWith("//")
                && !next.contains("\\")
                && !next.startsWith("/login.xhtml");
        return local ? next : "/index.xhtml";
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
