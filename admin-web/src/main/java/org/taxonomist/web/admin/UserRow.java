package org.taxonomist.web.admin;

import java.io.Serializable;
import org.taxonomist.security.Role;
import org.taxonomist.security.UserAccount;
import org.taxonomist.web.Dates;

/** A user account as the users table shows it; never the password hash. */
public record UserRow(String username, Role role, String createdAt) implements Serializable {

    static UserRow of(UserAccount account) {
        return new UserRow(account.getUsername(), account.getRole(), Dates.format(account.getCreatedAt()));
    }

    public String roleName() {
        return role.roleName();
    }
}
