package org.taxonomist.models.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {

    @TempDir
    Path root;

    @Test
    void rootComesFromThePropertyFirst() {
        String before = System.getProperty(ModelStore.ROOT_PROPERTY);
        try {
            System.setProperty(ModelStore.ROOT_PROPERTY, root.toString());
            assertEquals(root.toAbsolutePath(), ModelStore.fromEnvironment().root());
            System.clearProperty(ModelStore.ROOT_PROPERTY);
            if (System.getenv(ModelStore.ROOT_ENV) == null) {
                assertEquals(
                        Path.of(System.getProperty("user.home"), ".cache", "taxonomist", "models")
                                .toAbsolutePath(),
                        ModelStore.fromEnvironment().root());
            }
        } finally {
            if (before == null) {
                System.clearProperty(ModelStore.ROOT_PROPERTY);
            } else {
                System.setProperty(ModelStore.ROOT_PROPERTY, before);
            }
        }
    }

    @Test
    void aMissingModelNamesTheCommandThatFetchesIt() {
        ModelStore store = new ModelStore(root);
        assertFalse(store.isPresent(ModelPackage.NSFWJS));
        MissingModelException e = assertThrows(MissingModelException.class, store::nsfwjsPackage);
        assertTrue(e.getMessage().contains("`mvn -pl models -am install`"), e.getMessage());
        assertTrue(e.getMessage().contains(root.toString()), e.getMessage());
    }

    @Test
    void aCorruptTarballIsRefused() throws Exception {
        Files.write(root.resolve("nsfwjs-4.3.0.tgz"), new byte[] {1, 2, 3});
        MissingModelException e = assertThrows(MissingModelException.class, () -> new ModelStore(root).nsfwjsPackage());
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        assertTrue(e.getMessage().contains(ModelPackage.NSFWJS.tarballSha256()), e.getMessage());
    }
}
