package org.taxonomist.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void acceptsTheRightPasswordOnly() {
        String stored = PasswordHashing.hash("correct horse battery".toCharArray());
        assertTrue(PasswordHashing.matches("correct horse battery".toCharArray(), stored));
        assertFalse(PasswordHashing.matches("correct horse batterY".toCharArray(), stored));
        assertFalse(PasswordHashing.matches("".toCharArray(), stored));
    }

    @Test
    void saltsEveryHashAndRecordsTheWorkFactor() {
        String first = PasswordHashing.hash("same password".toCharArray());
        String second = PasswordHashing.hash("same password".toCharArray());
        assertNotEquals(first, second);
        assertTrue(first.startsWith("pbkdf2-sha256$" + PasswordHashing.ITERATIONS + "$"), first);
        assertFalse(first.contains("same password"));
    }

    @Test
    void rejectsMalformedStoredHashes() {
        assertFalse(PasswordHashing.matches("x".toCharArray(), "plain-text"));
        assertFalse(PasswordHashing.matches("x".toCharArray(), "md5$1$abc$def"));
    }

    @Test
    void randomPasswordsAreLongAndDifferent() {
        String one = PasswordHashing.randomPassword();
        assertEquals(20, one.length());
        assertNotEquals(one, PasswordHashing.randomPassword());
    }
}
