package org.taxonomist.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateGroupTest {

    @Test
    void pairsSharingAnAssetFormOneGroupAsAlikeAsItsLeastAlikePair() {
        List<DuplicateGroup> groups =
                DuplicateGroup.of(List.of(pair(3, 1, 0.999), pair(3, 7, 0.993), pair(20, 21, 0.998)));

        assertEquals(2, groups.size());
        assertEquals(List.of(20L, 21L), groups.get(0).assetIds(), "the most alike group first");
        assertEquals(List.of(1L, 3L, 7L), groups.get(1).assetIds());
        assertEquals(0.993, groups.get(1).similarity(), 1e-9);
        assertEquals(2, groups.get(1).pairs().size());
    }

    @Test
    void aChainOfPairsIsOneGroupWhateverTheOrderTheyComeIn() {
        List<DuplicateGroup> groups =
                DuplicateGroup.of(List.of(pair(5, 6, 0.99), pair(1, 2, 0.99), pair(2, 9, 0.99), pair(6, 9, 0.99)));

        assertEquals(1, groups.size());
        assertEquals(List.of(1L, 2L, 5L, 6L, 9L), groups.get(0).assetIds());
    }

    @Test
    void aNewMemberOfADecidedGroupFormsAGroupWithOnlyTheAssetsItPairsWith() {
        // 1, 2 and 3 were decided; 4 arrived and pairs with 3 only: the pending pairs are all that groups see.
        List<DuplicateGroup> groups = DuplicateGroup.of(List.of(pair(3, 4, 0.995)));

        assertEquals(List.of(3L, 4L), groups.get(0).assetIds());
    }

    @Test
    void equallyAlikeGroupsComeOldestFirst() {
        List<DuplicateGroup> groups = DuplicateGroup.of(List.of(pair(30, 31, 0.99), pair(10, 11, 0.99)));

        assertEquals(10L, groups.get(0).assetIds().get(0));
    }

    @Test
    void anAssetIsNoDuplicateOfItself() {
        assertThrows(IllegalArgumentException.class, () -> pair(4, 4, 1.0));
    }

    @Test
    void aPairNamesTheOlderAssetFirst() {
        DuplicatePair pair = pair(9, 2, 0.99);

        assertEquals(2, pair.getFirstAsset());
        assertEquals(9, pair.getSecondAsset());
    }

    private static DuplicatePair pair(long a, long b, double cosine) {
        return new DuplicatePair(a, b, 10, cosine);
    }
}
