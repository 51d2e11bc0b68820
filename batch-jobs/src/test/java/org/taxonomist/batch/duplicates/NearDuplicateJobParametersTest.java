package org.taxonomist.batch.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taxonomist.batch.launch.JobLauncher;
import org.taxonomist.failure.InvalidRequestException;

class NearDuplicateJobParametersTest {

    @Test
    void theJobChecksNewAssetsOrAll() {
        assertEquals(Map.of("scope", "all"), JobLauncher.checked("near-duplicates", Map.of("scope", " ALL ")));
        assertEquals(Map.of("scope", "new"), JobLauncher.checked("near-duplicates", Map.of("scope", "new")));
        assertEquals(
                Map.of(), JobLauncher.checked("near-duplicates", Map.of("scope", "")), "blank: the job's default, new");
    }

    @Test
    void staleIsNoScopeOfNearDuplicates() {
        InvalidRequestException refused = assertThrows(
                InvalidRequestException.class, () -> JobLauncher.checked("near-duplicates", Map.of("scope", "stale")));
        assertTrue(refused.getMessage().contains("new assets or all"), refused.getMessage());
        assertThrows(
                InvalidRequestException.class,
                () -> JobLauncher.checked("near-duplicates", Map.of("field", "Subject")));
    }
}
