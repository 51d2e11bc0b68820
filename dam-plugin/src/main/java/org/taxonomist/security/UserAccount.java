package org.taxonomist.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who may log in to the console or call the REST API. */
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

    protected UserAccount() {
    }

    public UserAccount(String username, char[] password, Role role) {
        this.username = username;
        this.passwordHash = PasswordHashing.hash(password);
        this.role = role;
        this.createdAt = Instant.now();
    }

    boolean passwordMatches(char[] password) {
        return PasswordHashing.matches(password, passwordHash);
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
