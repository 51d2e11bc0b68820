package org.taxonomist.security;

import java.util.Set;

/** The console's roles. An admin may do everything a librarian may. */
public enum Role {
    LIBRARIAN,
    ADMIN;

    public static final String LIBRARIAN_NAME = "librarian";
    public static final String ADMIN_NAME = "admin";

    public String roleName() {
        return name().toLowerCase();
    }

    /** The groups a caller with this role belongs to. */
    public Set<String> groups() {
        return this == ADMIN ? Set.of(ADMIN_NAME, LIBRARIAN_NAME) : Set.of(LIBRARIAN_NAME);
    }
}
