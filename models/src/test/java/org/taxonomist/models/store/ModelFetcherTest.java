package org.taxonomist.models.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher's offline path (tarball already in the store): verify, unpack, repair, and stay idempotent. */
class ModelFetcherTest {

    @TempDir
    Path root;

    @Test
    void unpacksAVerifiedTarballAndIsIdempotent() throws Exception {
        ModelStore cache = ModelStore.fromEnvironment();
        Path cached = cache.tarball(ModelPackage.NSFWJS);
        assumeTrue(
                Files.isRegularFile(cached), "no cached nsfwjs tarball to copy (built with -Dtaxonomist.skipFetch?)");
        ModelStore store = new ModelStore(root);
        Files.copy(cached, store.tarball(ModelPackage.NSFWJS));
        ModelFetcher fetcher = new ModelFetcher(store);

        Path unpacked = fetcher.fetch(ModelPackage.NSFWJS); // no npm needed: the tarball is there
        assertEquals(store.nsfwjsPackage(), unpacked);
        assertTrue(Files.readString(unpacked.resolve("LICENSE")).startsWith("MIT License"));
        assertTrue(Files.isRegularFile(unpacked.resolve("dist/models/mobilenet_v2/model.min.js")));

        long started = System.nanoTime();
        assertEquals(unpacked, fetcher.fetch(ModelPackage.NSFWJS));
        assertTrue((System.nanoTime() - started) / 1e9 < 1.0, "a second fetch must be quick");

        // An interrupted unpack (no marker) is detected and redone.
        Files.delete(unpacked.resolve(ModelStore.MARKER));
        Files.delete(unpacked.resolve("LICENSE"));
        assertFalse(store.isPresent(ModelPackage.NSFWJS));
        fetcher.fetch(ModelPackage.NSFWJS);
        assertTrue(Files.isRegularFile(unpacked.resolve("LICENSE")));
        assertTrue(store.isPresent(ModelPackage.NSFWJS));
    }

    @Test
    void saysWhatToDoWhenNpmIsMissing() {
        ModelFetcher fetcher = new ModelFetcher(new ModelStore(root), "/nonexistent/npm");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> fetcher.fetch(ModelPackage.NSFWJS));
        assertTrue(e.getMessage().contains("npm is not installed"), e.getMessage());
        assertTrue(e.getMessage().contains("copy nsfwjs-4.3.0.tgz"), e.getMessage());
    }

    @Test
    void saysWhatToDoWhenTheRegistryCannotBeReached() throws Exception {
        Path fakeNpm = root.resolve("npm");
        Files.writeString(fakeNpm, "#!/bin/sh\necho 'npm error code ENOTFOUND' >&2\nexit 1\n");
        fakeNpm.toFile().setExecutable(true);
        ModelFetcher fetcher = new ModelFetcher(new ModelStore(root.resolve("store")), fakeNpm.toString());
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> fetcher.fetch(ModelPackage.NSFWJS));
        assertTrue(e.getMessage().contains("Is the npm registry reachable"), e.getMessage());
        assertTrue(e.getMessage().contains("ENOTFOUND"), e.getMessage());
        try (var leftovers = Files.list(root.resolve("store"))) {
            assertTrue(
                    leftovers.noneMatch(p -> p.getFileName().toString().startsWith(".download-")),
                    "temp folder left behind");
        }
    }
}
