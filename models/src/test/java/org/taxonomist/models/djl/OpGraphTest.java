package org.taxonomist.models.djl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpGraphTest {

    @Test
    void everyValueOfABatchIsFreedWithTheBatchEvenWhenAnOpPutsItInTheWeightsManager() {
        NDManager weights = DjlRuntime.newCpuManager();
        NDArray two = weights.create(2f);
        // DJL attaches c.mul(x) to c's manager: the weights', which lives as long as the graph.
        OpGraph graph = new OpGraph(
                weights,
                "in",
                List.of(
                        new OpGraph.Step("doubled", List.of("in"), x -> two.mul(x.get(0))),
                        new OpGraph.Step(
                                "plusOne", List.of("doubled"), x -> x.get(0).add(1))),
                Map.of("out", "plusOne", "mid", "doubled"));
        try (graph) {
            NDManager batch = weights.newSubManager();
            Map<String, NDArray> out = graph.forward(batch.create(new float[] {1, 2}));
            assertArrayEquals(new float[] {3, 5}, out.get("out").toFloatArray());
            assertSame(batch, out.get("mid").getManager());
            batch.close();
            assertTrue(out.get("mid").isReleased() && out.get("out").isReleased(), "freed with the batch");
        }
    }
}
