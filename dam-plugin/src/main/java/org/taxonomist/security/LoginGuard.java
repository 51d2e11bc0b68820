package org.taxonomist.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one door every login goes through (the console's form, the API's Basic credentials): it
 * refuses a locked account or address before any password is checked, counts failures in a
 * {@link LoginThrottle} per account (5 free) and per address (20 free: an office behind one
 * address mistypes more), and logs each failure with its address.
 */
@ApplicationScoped
public class LoginGuard {

    private static final Logger LOG = Logger.getLogger(LoginGuard.class.getName());

    private final LoginThrottle accounts = new LoginThrottle(5);
    private final LoginThrottle addresses = new LoginThrottle(20);

    @Inject
    IdentityStoreHandler identities;

    /**
     * The identity stores' verdict on the credential.
     *
     * @throws LoginLockedException the account or the address is locked now, whatever the password
     */
    public CredentialValidationResult check(UsernamePasswordCredential credential, String address) {
        Instant now = Instant.now();
        String account = key(credential.getCaller());
        later(accounts.lockedUntil(account, now), addresses.lockedUntil(address, now))
                .ifPresent(until -> {
                    throw new LoginLockedException(until);
                });
        CredentialValidationResult result = identities.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            accounts.succeeded(account);
            return result;
        }
        Optional<Instant> locked = later(accounts.failed(account, now), addresses.failed(address, now));
        LOG.warning("Failed login as '" + printable(credential.getCaller()) + "' from " + address
                + locked.map(until -> "; locked until " + until).orElse(""));
        return result;
    }

    /** Until when the account is locked, if it is now. */
    public Optional<Instant> lockedUntil(String username) {
        return accounts.lockedUntil(key(username), Instant.now());
    }

    /** An admin lifts the lock of an account (the address locks end by themselves). */
    public void unlock(String username) {
        accounts.unlock(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** At most 100 printable characters: a user name must not forge lines in the log. */
    private static String printable(String text) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }
}
