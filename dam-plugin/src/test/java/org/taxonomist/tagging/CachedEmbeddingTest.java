package org.taxonomist.tagging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CachedEmbeddingTest {

    @Test
    void vectorsSurviveStorageBitForBit() {
        float[] vector = {0f, -1.5f, Float.MIN_VALUE, 3.4028235e38f, 0.1f};
        CachedEmbedding embedding = new CachedEmbedding("ab", "backbone@1", vector, new float[] {0.25f, 0.75f});
        assertArrayEquals(vector, embedding.vector());
        assertArrayEquals(new float[] {0.25f, 0.75f}, embedding.pretrainedScores());
    }
}
