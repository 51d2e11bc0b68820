package org.taxonomist.web.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.taxonomist.security.Role;
import org.taxonomist.security.UserAccount;
import org.taxonomist.web.Dates;

/**
 * A user account as the users table shows it; never the password hash.
 *
 * @param lockedUntil when failed logins lock the account, until when; null otherwise
 * @param disabledAt  when an admin disabled the account; null for an active one
 */
public record UserRow(String username, Role role, String createdAt, String lockedUntil, String disabledAt)
        implements Serializable {

    static UserRow of(UserAccount account, Optional<Instant> lockedUntil) {
        return new UserRow(
                account.getUsername(),
                account.getRole(),
                Dates.format(account.getCreatedAt()),
                lockedUntil.map(Dates::format).orElse(null),
                account.isActive() ? null : Dates.format(account.getDisabledAt()));
    }

    public String roleName() {
        return role.roleName();
    }
}
