package org.taxonomist.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Salted, deliberately slow password hashes by Jakarta Security's {@link Pbkdf2PasswordHash}: PBKDF2-HMAC-SHA256,
 * 210,000 iterations, 16-byte random salt, 32-byte key, stored as "PBKDF2WithHmacSHA256:iterations:salt:hash". The
 * iteration count is stored in each hash, so it can be raised later without breaking old ones. (Releases before
 * schema version 2 wrote the same hash as "pbkdf2-sha256$…"; the V2 migration rewrote those.)
 */
@ApplicationScoped
public class Passwords {

    static final int ITERATIONS = 210_000;
    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Pbkdf2PasswordHash hashes;

    @Inject
    public Passwords(Pbkdf2PasswordHash hashes) {
        hashes.initialize(PARAMETERS);
        this.hashes = hashes;
    }

    /** For the container's proxy only. */
    protected Passwords() {
        this.hashes = null;
    }

    public String hash(char[] password) {
        return hashes.generate(password);
    }

    /** False as well for a stored value that is no hash of this kind. */
    public boolean matches(char[] password, String stored) {
        try {
            return hashes.verify(password, stored);
        } catch (IllegalArgumentException notAHash) {
            return false;
        }
    }

    /** A random password for the first admin: 20 characters from a 59-letter alphabet without look-alikes (≈117 bits). */
    public static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
