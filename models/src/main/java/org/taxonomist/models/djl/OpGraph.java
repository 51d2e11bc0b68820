package org.taxonomist.models.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A network compiled to a list of NDArray steps in execution order, NCHW layout. The importers
 * ({@link KerasGraph} for TF.js layers models, {@link TfjsGraphModel} for TF.js graph models)
 * translate their formats into this; the backbone runs it.
 *
 * <p>Intermediate arrays are closed as soon as their last consumer has run, so a batch needs
 * memory for a few activations only, not all of them. Endpoint arrays stay alive and are
 * returned.
 */
final class OpGraph implements AutoCloseable {

    /** One computation: reads named values, produces one. It must never return one of its inputs (it would be freed twice). */
    record Step(String output, List<String> inputs, Function<List<NDArray>, NDArray> op) {}

    private final NDManager weights;
    private final String input;
    private final List<Step> steps;
    private final Map<String, String> endpoints; // requested name -> computed value
    private final Map<String, Integer> uses;

    /**
     * @param weights   the manager holding the weight arrays; the graph owns and closes it
     * @param input     the name under which the input batch enters
     * @param steps     in execution order
     * @param endpoints names {@link #forward} returns, each mapped to the step output that holds it
     */
    OpGraph(NDManager weights, String input, List<Step> steps, Map<String, String> endpoints) {
        this.weights = weights;
        this.input = input;
        this.steps = List.copyOf(steps);
        this.endpoints = new LinkedHashMap<>(endpoints);
        this.uses = new HashMap<>();
        for (Step step : steps) {
            for (String name : step.inputs) {
                uses.merge(name, 1, Integer::sum);
            }
        }
        List<String> produced = new ArrayList<>(List.of(input));
        steps.forEach(step -> produced.add(step.output));
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            if (!produced.contains(endpoint.getValue()) || endpoint.getValue().equals(input)) {
                throw new IllegalArgumentException("No computed value named " + endpoint.getKey());
            }
        }
    }

    /** The manager the weights live in (its device is the graph's device). */
    NDManager manager() {
        return weights;
    }

    /**
     * Runs the network on {@code batch} ({@code [N, 3, H, W]}, float32) and returns the endpoint
     * outputs by requested name, attached to the batch's manager like every intermediate array.
     */
    Map<String, NDArray> forward(NDArray batch) {
        Map<String, NDArray> values = new HashMap<>();
        Map<String, Integer> remaining = new HashMap<>(uses);
        values.put(input, batch);
        var kept = endpoints.values();
        for (Step step : steps) {
            List<NDArray> args = new ArrayList<>(step.inputs.size());
            for (String name : step.inputs) {
                args.add(values.get(name));
            }
            NDArray output = step.op.apply(args);
            if (output.getManager() != batch.getManager()) {
                output.attach(batch.getManager()); // freed with the batch, whatever manager the op chose
            }
            values.put(step.output, output);
            for (String name : step.inputs) {
                if (remaining.merge(name, -1, Integer::sum) == 0 && !kept.contains(name) && !name.equals(input)) {
                    values.remove(name).close();
                }
            }
        }
        Map<String, NDArray> outputs = new LinkedHashMap<>();
        endpoints.forEach((requested, actual) -> outputs.put(requested, values.get(actual)));
        return outputs;
    }

    @Override
    public void close() {
        weights.close();
    }

    /** Mean over H and W of an NCHW array. PyTorch's DJL binding reduces one axis at a time, so H and W are flattened first. */
    static NDArray spatialMean(NDArray x) {
        return flattenSpatial(x).mean(new int[] {2});
    }

    /** Max over H and W of an NCHW array (see {@link #spatialMean}). */
    static NDArray spatialMax(NDArray x) {
        return flattenSpatial(x).max(new int[] {2});
    }

    private static NDArray flattenSpatial(NDArray x) {
        Shape shape = x.getShape();
        return x.reshape(shape.get(0), shape.get(1), -1);
    }
}
