package org.taxonomist.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks user names and passwords against the accounts in the database. A password hash is
 * deliberately slow (~0.2 s), and REST clients send Basic credentials with every call, so a
 * successful check is remembered for a few minutes as a keyed digest (never the password). An
 * unknown user name costs the same hash as a known one.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    static final Duration REMEMBER = Duration.ofMinutes(5);

    @Inject
    UserAccounts accounts;

    @Inject
    Passwords passwords;

    /** Checked against for unknown user names, so that timing does not tell which names exist. */
    private String decoyHash;

    @PostConstruct
    void makeDecoy() {
        decoyHash = passwords.hash(Passwords.randomPassword().toCharArray());
    }

    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();
    private final byte[] key = new SecureRandom().generateSeed(32);

    private record Remembered(byte[] digest, CredentialValidationResult result, long until) {}

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        byte[] digest = digest(login.getCaller(), login.getPassword().getValue());
        Remembered remembered = verified.get(login.getCaller());
        if (remembered != null
                && remembered.until() > System.nanoTime()
                && MessageDigest.isEqual(remembered.digest(), digest)) {
            return remembered.result();
        }
        Optional<UserAccount> account = accounts.find(login.getCaller()).filter(UserAccount::isActive);
        if (account.isEmpty()) {
            passwords.matches(login.getPassword().getValue(), decoyHash); // the same work as for a real account
        }
        Optional<CredentialValidationResult> result = account.filter(
                        a -> passwords.matches(login.getPassword().getValue(), a.passwordHash()))
                .map(a -> new CredentialValidationResult(
                        a.getUsername(), a.getRole().groups()));
        result.ifPresentOrElse(
                valid -> verified.put(
                        login.getCaller(), new Remembered(digest, valid, System.nanoTime() + REMEMBER.toNanos())),
                () -> verified.remove(login.getCaller()));
        return result.orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** A changed, disabled or deleted account is checked against the database again at its next call. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        verified.remove(change.username());
    }

    private byte[] digest(String user, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(user.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
