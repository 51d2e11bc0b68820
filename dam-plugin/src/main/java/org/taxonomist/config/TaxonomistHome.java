package org.taxonomist.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The folder that holds everything the server keeps: asset files, thumbnails, index, secrets. */
@ApplicationScoped
public class TaxonomistHome {

    @Inject
    @ConfigProperty(name = "taxonomist.home", defaultValue = "data")
    String home;

    public Path root() {
        return Path.of(home).toAbsolutePath();
    }

    /** A sub-folder of the home, created on first use. */
    public Path folder(String name) {
        Path folder = root().resolve(name);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot create " + folder + ": check TAXONOMIST_HOME and its permissions", e);
        }
    }
}
