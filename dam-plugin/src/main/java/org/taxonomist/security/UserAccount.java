package org.taxonomist.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.taxonomist.failure.InvalidRequestException;

/**
 * A person who may log in to the console or call the REST API. An account is disabled rather than
 * deleted when its owner leaves for a while; deleted, it is gone, and the decisions its owner made
 * keep the name as their author (decisions store the name, not a reference to the account).
 */
@Entity
@Table(name = "tx_user")
public class UserAccount {

    @Id
    @Column(length = 100)
    private String username;

    @Column(nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private Instant createdAt;

    /** When an admin disabled the account; null while it may log in. */
    private Instant disabledAt;

    protected UserAccount() {}

    /** @param passwordHash the hash of a password that passed {@link #checked} */
    UserAccount(String username, String passwordHash, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = Instant.now();
    }

    static final int MIN_PASSWORD = 12;

    /** The password, if it is long enough to become one. */
    static char[] checked(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new InvalidRequestException("A password needs at least " + MIN_PASSWORD + " characters.");
        }
        return password;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void disable() {
        if (disabledAt == null) {
            disabledAt = Instant.now();
        }
    }

    void enable() {
        disabledAt = null;
    }

    public boolean isActive() {
        return disabledAt == null;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
