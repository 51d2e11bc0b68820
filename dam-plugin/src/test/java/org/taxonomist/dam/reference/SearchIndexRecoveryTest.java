package org.taxonomist.dam.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchIndexRecoveryTest {

    @Test
    void anIndexShortOfTheDatabaseIsRebuilt() {
        assertEquals(
                Optional.of("The search index holds 0 of the 3 assets"),
                SearchIndexRecovery.whyRebuild(3, 0, ImageVectorFields.LAYOUT));
        assertEquals(
                Optional.of("The search index holds 4 of the 3 assets"),
                SearchIndexRecovery.whyRebuild(3, 4, ImageVectorFields.LAYOUT));
    }

    /** Documents written by another version (raw vectors by cosine, layout 1 or none) are written anew. */
    @Test
    void anIndexOfAnotherLayoutIsRebuiltUnlessItIsEmpty() {
        assertEquals(
                Optional.of("The search index was written with layout 1, this version's is 2"),
                SearchIndexRecovery.whyRebuild(3, 3, "1"));
        assertEquals(Optional.empty(), SearchIndexRecovery.whyRebuild(0, 0, "1"), "a new install's empty index");
        assertEquals(Optional.empty(), SearchIndexRecovery.whyRebuild(3, 3, ImageVectorFields.LAYOUT));
    }

    /** Several servers share an OpenSearch index fed through the outbox: its count lags, so only an empty one is rebuilt. */
    @Test
    void aSharedIndexIsRebuiltOnlyWhenItHoldsNothing() {
        assertEquals(
                Optional.of("The shared search index holds none of the 3 assets"),
                SearchIndexRecovery.whyRebuildShared(3, 0));
        assertEquals(Optional.empty(), SearchIndexRecovery.whyRebuildShared(3, 1), "changes waiting in the outbox");
        assertEquals(Optional.empty(), SearchIndexRecovery.whyRebuildShared(0, 0), "a new install");
    }
}
