package org.taxonomist.models.backbone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taxonomist.models.store.MissingModelException;
import org.taxonomist.models.store.ModelStore;

class BackbonesTest {

    @AfterEach
    void clear() {
        System.clearProperty(Backbones.BATCH_SIZE_PROPERTY);
    }

    @Test
    void anEmptyStoreSaysHowToFetchTheModel(@TempDir Path empty) {
        MissingModelException e = assertThrows(MissingModelException.class, () -> Backbones.openDefault(new ModelStore(empty)));
        assertTrue(e.getMessage().contains("mvn -pl models -am install"), e.getMessage());
        assertTrue(e.getMessage().contains("taxonomist fetch-models"), e.getMessage());
    }

    @Test
    void batchSizeIsConfigurable() {
        assertEquals(8, Backbones.configuredBatchSize());
        System.setProperty(Backbones.BATCH_SIZE_PROPERTY, "16");
        assertEquals(16, Backbones.configuredBatchSize());
        System.setProperty(Backbones.BATCH_SIZE_PROPERTY, "zero");
        assertThrows(IllegalArgumentException.class, Backbones::configuredBatchSize);
    }
}
