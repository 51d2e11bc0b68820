package org.taxonomist.batch.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An import's exit status: skipped rows make it COMPLETED WITH PROBLEMS, merged duplicates are counted either way. */
class ImportCleanupTest {

    @Test
    void aCleanImportSaysSoAndCountsItsMergedDuplicates() {
        assertEquals("COMPLETED: every row imported", ImportCleanup.summary(0, 0, 0));
        assertEquals(
                "COMPLETED: every row imported, 3 rows merged into assets that held their image",
                ImportCleanup.summary(0, 0, 3));
    }

    @Test
    void skippedRowsAndRemarksMakeItCompletedWithProblems() {
        assertEquals(
                "COMPLETED WITH PROBLEMS: 2 rows skipped, 1 row merged into assets that held their image;"
                        + " see the problems",
                ImportCleanup.summary(2, 0, 1));
        assertEquals(
                "COMPLETED WITH PROBLEMS: 0 rows skipped, 1 remark on the manifest; see the problems",
                ImportCleanup.summary(0, 1, 0));
    }
}
