package org.taxonomist.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The user accounts kept in the database. */
@ApplicationScoped
public class UserAccounts {

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }

    public List<UserAccount> all() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    public boolean anyAdmin() {
        return em.createQuery("select count(u) from UserAccount u where u.role = :role", Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult() > 0;
    }

    @Transactional
    public UserAccount create(String username, char[] password, Role role) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new IllegalArgumentException("A user name is 1-100 letters, digits, '.', '_', '@' or '-'.");
        }
        if (password.length < 12) {
            throw new IllegalArgumentException("A password needs at least 12 characters.");
        }
        boolean taken = em.createQuery("select count(u) from UserAccount u where lower(u.username) = lower(:name)", Long.class)
                .setParameter("name", username).getSingleResult() > 0;
        if (taken) { // 'Admin' beside 'admin' would be two accounts a person cannot tell apart
            throw new IllegalArgumentException("The user '" + username + "' already exists (user names are unique whatever their case).");
        }
        UserAccount account = new UserAccount(username, password, role);
        em.persist(account);
        return account;
    }
}
