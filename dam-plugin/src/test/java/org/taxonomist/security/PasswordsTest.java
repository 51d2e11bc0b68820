package org.taxonomist.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** Password hashes with the Jakarta Security implementation Payara runs (Soteria). */
class PasswordsTest {

    private final Passwords passwords = new Passwords(new Pbkdf2PasswordHashImpl());

    @Test
    void acceptsTheRightPasswordOnly() {
        String stored = passwords.hash("correct horse battery".toCharArray());
        assertTrue(passwords.matches("correct horse battery".toCharArray(), stored));
        assertFalse(passwords.matches("correct horse batterY".toCharArray(), stored));
        assertFalse(passwords.matches("".toCharArray(), stored));
    }

    @Test
    void saltsEveryHashAndRecordsTheWorkFactor() {
        String first = passwords.hash("same password".toCharArray());
        String second = passwords.hash("same password".toCharArray());
        assertNotEquals(first, second);
        assertTrue(first.startsWith("PBKDF2WithHmacSHA256:" + Passwords.ITERATIONS + ":"), first);
        assertFalse(first.contains("same password"));
    }

    @Test
    void rejectsMalformedStoredHashes() {
        assertFalse(passwords.matches("x".toCharArray(), "plain-text"));
        assertFalse(passwords.matches("x".toCharArray(), "md5$1$abc$def"));
        assertFalse(passwords.matches("x".toCharArray(), "PBKDF2WithHmacSHA256:1000:not base64!:abc"));
    }

    @Test
    void randomPasswordsAreLongAndDifferent() {
        String one = Passwords.randomPassword();
        assertEquals(20, one.length());
        assertNotEquals(one, Passwords.randomPassword());
    }
}
