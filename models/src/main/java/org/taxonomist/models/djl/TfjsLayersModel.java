package org.taxonomist.models.djl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TF.js Keras <em>layers</em> model as nsfwjs ships it: the {@code model.json} content (Keras
 * topology + weight manifest) as a JavaScript literal in {@code model.min.js}, the weight shards as
 * base64 strings in {@code group1-shardNofM.min.js}. This class only reads and dequantises; the
 * engine-specific forward pass is {@link KerasGraph}.
 */
final class TfjsLayersModel {

    /** One Keras layer: its class ({@code Conv2D}, ...), its config and the names of the layers feeding it. */
    record Layer(String name, String className, Map<String, Object> config, List<String> inbound) {}

    /** A weight tensor in TF layout (e.g. {@code [kh, kw, in, out]} for a convolution kernel), dequantised. */
    record Weight(int[] shape, float[] values) {}

    final List<Layer> layers;
    final List<String> outputs;
    final Map<String, Weight> weights;

    private TfjsLayersModel(List<Layer> layers, List<String> outputs, Map<String, Weight> weights) {
        this.layers = layers;
        this.outputs = outputs;
        this.weights = weights;
    }

    /** Reads the model in {@code modelDirectory} (e.g. {@code <nsfwjs>/dist/models/mobilenet_v2}). */
    @SuppressWarnings("unchecked")
    static TfjsLayersModel read(Path modelDirectory) throws IOException {
        Map<String, Object> modelJson = modelJson(modelDirectory);
        Map<String, Object> topology = (Map<String, Object>) modelJson.get("modelTopology");
        Map<String, Object> modelConfig =
                (Map<String, Object>) ((Map<String, Object>) topology.get("model_config")).get("config");

        List<Layer> layers = new ArrayList<>();
        for (Object item : (List<Object>) modelConfig.get("layers")) {
            Map<String, Object> layer = (Map<String, Object>) item;
            List<String> inbound = new ArrayList<>();
            List<Object> nodes = (List<Object>) layer.get("inbound_nodes");
            if (!nodes.isEmpty()) {
                for (Object edge : (List<Object>) nodes.get(0)) {
                    inbound.add((String) ((List<Object>) edge).get(0));
                }
            }
            layers.add(new Layer(
                    (String) layer.get("name"),
                    (String) layer.get("class_name"),
                    (Map<String, Object>) layer.get("config"),
                    inbound));
        }
        List<String> outputs = new ArrayList<>();
        for (Object output : (List<Object>) modelConfig.get("output_layers")) {
            outputs.add((String) ((List<Object>) output).get(0));
        }
        return new TfjsLayersModel(
                layers, outputs, readWeights(modelDirectory, (List<Object>) modelJson.get("weightsManifest")));
    }

    /** The {@code model.json} content of a TF.js model (layers or graph) as nsfwjs bundles it in {@code model.min.js}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> modelJson(Path modelDirectory) throws IOException {
        String script = Files.readString(modelDirectory.resolve("model.min.js"), StandardCharsets.UTF_8);
        return (Map<String, Object>) JsLiteral.parse(script, afterExports(script, "model.min.js"));
    }

    /** Reads and dequantises every weight of a TF.js weight manifest whose shards are nsfwjs's base64 scripts, by name. */
    static Map<String, Weight> readWeights(Path modelDirectory, List<Object> manifest) throws IOException {
        return readWeights(modelDirectory, manifest, path -> shard(modelDirectory.resolve(path + ".min.js")));
    }

    /** A shard's bytes by its manifest path. */
    interface Shards {
        byte[] read(String path) throws IOException;
    }

    /**
     * Reads and dequantises every weight of a TF.js weight manifest, by name. Integer tensors (axes,
     * sizes) are returned as floats, which hold them exactly.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Weight> readWeights(Path modelDirectory, List<Object> manifest, Shards shards)
            throws IOException {
        Map<String, Weight> weights = new LinkedHashMap<>();
        for (Object groupItem : manifest) {
            Map<String, Object> group = (Map<String, Object>) groupItem;
            // A group's shards are one byte stream, cut into files.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (Object path : (List<Object>) group.get("paths")) {
                bytes.writeBytes(shards.read((String) path));
            }
            ByteBuffer data = ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
            for (Object specItem : (List<Object>) group.get("weights")) {
                Map<String, Object> spec = (Map<String, Object>) specItem;
                int[] shape = ((List<Object>) spec.get("shape"))
                        .stream().mapToInt(d -> ((Double) d).intValue()).toArray();
                weights.put((String) spec.get("name"), new Weight(shape, decode(spec, shape, data)));
            }
            if (data.hasRemaining()) {
                throw new IOException("Weight shards of " + modelDirectory + " hold " + data.remaining()
                        + " bytes more than the manifest");
            }
        }
        return weights;
    }

    @SuppressWarnings("unchecked")
    private static float[] decode(Map<String, Object> spec, int[] shape, ByteBuffer data) {
        int count = 1;
        for (int d : shape) {
            count *= d;
        }
        float[] values = new float[count];
        if ("int32".equals(spec.get("dtype")) && spec.get("quantization") == null) {
            for (int i = 0; i < count; i++) {
                values[i] = data.getInt();
            }
            return values;
        }
        if (!"float32".equals(spec.get("dtype"))) {
            throw new IllegalArgumentException(
                    "Unsupported weight dtype " + spec.get("dtype") + " for " + spec.get("name"));
        }
        Map<String, Object> quantization = (Map<String, Object>) spec.get("quantization");
        if (quantization == null) {
            data.asFloatBuffer().get(values);
            data.position(data.position() + 4 * count);
            return values;
        }
        String type = (String) quantization.get("dtype");
        if ("float16".equals(type)) {
            return HalfFloats.toFloats(data, count);
        }
        // As tfjs-core io_utils: value = q * scale + min, computed in double, stored as float32.
        double min = (Double) quantization.get("min");
        double scale = (Double) quantization.get("scale");
        for (int i = 0; i < count; i++) {
            int q = switch (type) {
                case "uint8" -> data.get() & 0xFF;
                case "uint16" -> data.getShort() & 0xFFFF;
                default ->
                    throw new IllegalArgumentException("Unsupported quantisation " + type + " for " + spec.get("name"));
            };
            values[i] = (float) (q * scale + min);
        }
        return values;
    }

    private static byte[] shard(Path file) throws IOException {
        String script = Files.readString(file, StandardCharsets.US_ASCII);
        int start = afterExports(script, file.getFileName().toString());
        if (script.charAt(start) != '"') {
            throw new IOException(file + " does not hold a base64 weight string");
        }
        int end = script.indexOf('"', start + 1);
        return Base64.getDecoder().decode(script.substring(start + 1, end));
    }

    /** Offset of the value assigned to {@code module.exports} in a browserify bundle. */
    private static int afterExports(String script, String file) throws IOException {
        int at = script.indexOf(".exports=");
        // The loader's own code mentions "exports" as well; the payload is the assignment "<x>.exports=<literal>".
        while (at >= 0) {
            char next = script.charAt(at + ".exports=".length());
            if (next == '{' || next == '"') {
                return at + ".exports=".length();
            }
            at = script.indexOf(".exports=", at + 1);
        }
        throw new IOException("No model payload found in " + file);
    }
}
