package org.taxonomist.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.taxonomist.security.Role;

/** Who is using the console: the name for the menu and for the audit fields, the admin menu items, logging out. */
@Named
@RequestScoped
public class ConsoleUser {

    public String getName() {
        return external().getRemoteUser();
    }

    public boolean isAdmin() {
        return external().isUserInRole(Role.ADMIN_NAME);
    }

    /** Ends the login and throws the session away, so nothing of this user's views survives. */
    public String logOut() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) external().getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "/login.xhtml?faces-redirect=true";
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
