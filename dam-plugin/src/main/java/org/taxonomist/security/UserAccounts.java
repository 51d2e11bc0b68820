package org.taxonomist.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.failure.InvalidRequestException;

/**
 * The user accounts kept in the database, and what admins do with them. There is always an active
 * admin: the last one cannot be disabled, demoted or deleted, and nobody disables or deletes their
 * own account. Each change is announced as an {@link AccountChanged}, after its commit, so that
 * remembered logins and open console sessions of the account end.
 */
@ApplicationScoped
public class UserAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AccountChanged> changed;

    @Inject
    AuditTrail audit;

    @Inject
    LoginGuard guard;

    @Inject
    Passwords passwords;

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }

    public List<UserAccount> all() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .getResultList();
    }

    public boolean anyAdmin() {
        return em.createQuery("select count(u) from UserAccount u where u.role = :role", Long.class)
                        .setParameter("role", Role.ADMIN)
                        .getSingleResult()
                > 0;
    }

    @Transactional
    public UserAccount create(String username, char[] password, Role role) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new InvalidRequestException("A user name is 1-100 letters, digits, '.', '_', '@' or '-'.");
        }
        boolean taken =
                em.createQuery("select count(u) from UserAccount u where lower(u.username) = lower(:name)", Long.class)
                                .setParameter("name", username)
                                .getSingleResult()
                        > 0;
        if (taken) { // 'Admin' beside 'admin' would be two accounts a person cannot tell apart
            throw new InvalidRequestException(
                    "The user '" + username + "' already exists (user names are unique whatever their case).");
        }
        UserAccount account = new UserAccount(username, passwords.hash(UserAccount.checked(password)), role);
        em.persist(account);
        audit.record("user.create", "user " + username, null, role.roleName());
        return account;
    }

    /** Who may do what: a librarian becomes an admin or back. */
    @Transactional
    public UserAccount changeRole(String username, Role role) {
        UserAccount account = existing(username);
        if (role == null) {
            throw new InvalidRequestException("Name the role: LIBRARIAN or ADMIN.");
        }
        if (account.getRole() == Role.ADMIN && role != Role.ADMIN) {
            keepAnAdmin(account, "demote");
        }
        audit.record("user.role", "user " + username, account.getRole().roleName(), role.roleName());
        account.changeRole(role);
        return announced(account);
    }

    @Transactional
    public UserAccount resetPassword(String username, char[] password) {
        UserAccount account = existing(username);
        account.changePassword(passwords.hash(UserAccount.checked(password)));
        audit.record("user.password", "user " + username, null, "reset");
        return announced(account);
    }

    /** The account can no longer log in; its open sessions end. */
    @Transactional
    public UserAccount disable(String username, String caller) {
        UserAccount account = existing(username);
        mayTakeAway(account, caller, "disable");
        account.disable();
        audit.record("user.disable", "user " + username, "active", "disabled");
        return announced(account);
    }

    @Transactional
    public UserAccount enable(String username) {
        UserAccount account = existing(username);
        audit.record("user.enable", "user " + username, account.isActive() ? "active" : "disabled", "active");
        account.enable();
        return announced(account);
    }

    @Transactional
    public void delete(String username, String caller) {
        UserAccount account = existing(username);
        mayTakeAway(account, caller, "delete");
        em.remove(account);
        audit.record("user.delete", "user " + username, account.getRole().roleName(), null);
        changed.fire(new AccountChanged(account.getUsername()));
    }

    /** Lifts the lock failed logins put on the account. */
    @Transactional
    public void unlock(String username) {
        existing(username);
        guard.unlock(username);
        audit.record("user.unlock", "user " + username, "locked", "unlocked");
    }

    private UserAccount existing(String username) {
        return find(username).orElseThrow(() -> new UnknownEntryException("There is no user '" + username + "'."));
    }

    private UserAccount announced(UserAccount account) {
        changed.fire(new AccountChanged(account.getUsername()));
        return account;
    }

    /** Nobody takes their own account away, and an admin's only while another active admin remains. */
    private void mayTakeAway(UserAccount account, String caller, String action) {
        if (account.getUsername().equals(caller)) {
            throw new InvalidRequestException("You cannot " + action + " your own account; ask another admin.");
        }
        if (account.getRole() == Role.ADMIN) {
            keepAnAdmin(account, action);
        }
    }

    private void keepAnAdmin(UserAccount account, String action) {
        long otherActiveAdmins = em.createQuery(
                        "select count(u) from UserAccount u where u.role = :role and u.disabledAt is null"
                                + " and u.username <> :name",
                        Long.class)
                .setParameter("role", Role.ADMIN)
                .setParameter("name", account.getUsername())
                .getSingleResult();
        if (otherActiveAdmins == 0) {
            throw new InvalidRequestException(
                    "Cannot " + action + " " + account.getUsername() + ": it is the last active admin.");
        }
    }
}
