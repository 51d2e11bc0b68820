package org.taxonomist.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.config.TaxonomistHome;

/**
 * There is no default password. On the first start an "admin" account is created with
 * TAXONOMIST_ADMIN_PASSWORD or, when that is unset, a random password written to
 * $TAXONOMIST_HOME/initial-admin-password, readable by the owner only.
 */
@ApplicationScoped
public class InitialAdmin {

    static final String PASSWORD_FILE = "initial-admin-password";
    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

    @Inject
    UserAccounts accounts;

    @Inject
    TaxonomistHome home;

    @Inject
    @ConfigProperty(name = "taxonomist.admin.password")
    Optional<String> configuredPassword;

    public void ensureExists() {
        if (accounts.anyAdmin()) {
            return;
        }
        if (configuredPassword.filter(p -> !p.isBlank()).isPresent()) {
            accounts.create("admin", configuredPassword.get().toCharArray(), Role.ADMIN);
            LOG.info("Created the user 'admin' with the password from TAXONOMIST_ADMIN_PASSWORD");
            return;
        }
        String password = Passwords.randomPassword();
        Path file = writeOwnerOnly(home.root().resolve(PASSWORD_FILE), password);
        accounts.create("admin", password.toCharArray(), Role.ADMIN);
        LOG.warning("Created the user 'admin' with a random password, written to " + file
                + " (readable by its owner only). Log in and keep it somewhere safe.");
    }

    private static Path writeOwnerOnly(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(
                    file, password + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.WRITE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the initial admin password to " + file, e);
        }
    }
}
