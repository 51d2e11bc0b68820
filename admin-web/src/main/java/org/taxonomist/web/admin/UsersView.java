package org.taxonomist.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.taxonomist.security.LoginGuard;
import org.taxonomist.security.Role;
import org.taxonomist.security.UserAccounts;
import org.taxonomist.web.ConsoleUser;
import org.taxonomist.web.Messages;
import org.taxonomist.web.Problems;

/** The user accounts (admin/users.xhtml, admins only): who may log in, and adding librarians and admins. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MIN_PASSWORD = 12;

    @Inject
    UserAccounts accounts;

    @Inject
    LoginGuard guard;

    @Inject
    ConsoleUser user;

    private List<UserRow> users;
    private String username;
    /** Kept only for the request that creates the account; never rendered back. */
    private transient String password;

    private Role role = Role.LIBRARIAN;
    /** Whose password the reset dialog sets. */
    private String resetting;

    @PostConstruct
    public void init() {
        reload();
    }

    private void reload() {
        users = accounts.all().stream()
                .map(a -> UserRow.of(a, guard.lockedUntil(a.getUsername())))
                .toList();
    }

    public void create() {
        char[] secret = takePassword();
        if (secret == null) {
            return;
        }
        try {
            String name = username == null ? "" : username.strip();
            accounts.create(name, secret, role);
            Messages.info("Created the " + role.roleName() + " " + name + ".");
            username = null;
            role = Role.LIBRARIAN;
            reload();
        } catch (RuntimeException e) {
            Problems.show(e, "create the user");
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Lifts the lock that failed logins put on the account. */
    public void unlock(String username) {
        accounts.unlock(username);
        Messages.info("Unlocked " + username + ".");
        reload();
    }

    /** Disables an active account or enables a disabled one. */
    public void toggleDisabled(String username, boolean disable) {
        try {
            if (disable) {
                accounts.disable(username, user.getName());
                Messages.info("Disabled " + username + ": it cannot log in until enabled again.");
            } else {
                accounts.enable(username);
                Messages.info("Enabled " + username + ".");
            }
            reload();
        } catch (RuntimeException e) {
            Problems.show(e, disable ? "disable the user" : "enable the user");
        }
    }

    /** A librarian becomes an admin, an admin a librarian (never the last admin). */
    public void toggleRole(String username, Role current) {
        Role other = current == Role.ADMIN ? Role.LIBRARIAN : Role.ADMIN;
        try {
            accounts.changeRole(username, other);
            Messages.info(username + " is now " + (other == Role.ADMIN ? "an admin." : "a librarian."));
            reload();
        } catch (RuntimeException e) {
            Problems.show(e, "change the role");
        }
    }

    /** Opens the reset dialog for one account. */
    public void startReset(String username) {
        resetting = username;
        password = null;
    }

    /** Sets the password the dialog holds; the account's owner logs in with it from now on. */
    public void resetPassword() {
        char[] secret = takePassword();
        if (secret == null) {
            FacesContext.getCurrentInstance().validationFailed(); // the dialog stays open
            return;
        }
        try {
            accounts.resetPassword(resetting, secret);
            Messages.info("Set a new password for " + resetting + ".");
            resetting = null;
        } catch (RuntimeException e) {
            Problems.show(e, "reset the password");
            FacesContext.getCurrentInstance().validationFailed();
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** The typed password, taken out of the view (never rendered back); null, saying why, when it is too short. */
    private char[] takePassword() {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        if (secret.length < MIN_PASSWORD) {
            Messages.error("A password needs at least " + MIN_PASSWORD + " characters.");
            return null;
        }
        return secret;
    }

    public String getResetting() {
        return resetting;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<UserRow> getUsers() {
        return users;
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

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
