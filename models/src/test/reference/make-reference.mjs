// Produces the reference outputs that the Java importers are checked against, with TF.js itself
// (pure-JS CPU backend) running the unmodified nsfwjs 4.3.0 package: an implementation that
// shares no code with ours. Run it through make-reference.sh; commit the JSON files it writes.
//
//   node make-reference.mjs OUT_DIR IMAGE.png...
//
// One file per bundled model (MobileNetV2, InceptionV3, MobileNetV2Mid), each with the five
// content-rating probabilities and the embedding (the pooled, L2-normalised parts named in its
// header) per image.
//
// PNG only: PNG decoding is lossless, so pngjs and Java's ImageIO see identical pixels,
// whereas two JPEG decoders may differ by a level or two.
import * as tf from "@tensorflow/tfjs";
import * as nsfwjs from "nsfwjs";
import { PNG } from "pngjs";
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { basename, join } from "node:path";

const [outDir, ...images] = process.argv.slice(2);
await tf.setBackend("cpu");

// mobilenet_v2_mid is a TF.js graph model: its nodes carry the TF-Slim names of the TF-Hub module.
const MID = "StatefulPartitionedCall/sequential/keras_layer/StatefulPartitionedCall/StatefulPartitionedCall/"
  + "StatefulPartitionedCall/predict/MobilenetV2/";

const MODELS = [
  {
    name: "MobileNetV2",
    file: "nsfwjs-reference.json",
    size: 224,
    parts: [["block_14_expand_relu", "avg"], ["block_10_expand_relu", "max"]],
    digits: 8,
  },
  {
    name: "InceptionV3",
    file: "nsfwjs-inception_v3-reference.json",
    size: 299,
    parts: [["mixed5", "max"], ["mixed7", "avg"], ["mixed10", "avg"]],
    digits: 6, // keeps the committed file small; the test's tolerance is 1e-4
  },
  {
    name: "MobileNetV2Mid",
    file: "nsfwjs-mobilenet_v2_mid-reference.json",
    size: 224,
    graph: true,
    parts: [[MID + "expanded_conv_14/expand/Relu6", "avg"], [MID + "expanded_conv_10/expand/Relu6", "max"]],
    digits: 6,
  },
];

function rgbTensor(png) {
  const { width, height, data } = png;
  const rgb = new Int32Array(width * height * 3);
  for (let i = 0, j = 0; i < width * height; i++) {
    rgb[j++] = data[4 * i];
    rgb[j++] = data[4 * i + 1];
    rgb[j++] = data[4 * i + 2];
  }
  return tf.tensor3d(rgb, [height, width, 3], "int32");
}

// Pools an NHWC activation over H and W, then L2-normalises it (the embedding recipe).
function pooled(activation, mode) {
  const v = mode === "avg" ? activation.mean([1, 2]) : activation.max([1, 2]);
  const values = Array.from(v.dataSync());
  const norm = Math.sqrt(values.reduce((s, x) => s + x * x, 0));
  return values.map((x) => x / norm);
}

// nsfwjs's own preprocessing (NSFWJS.infer), needed to run a graph model's intermediate nodes,
// which infer() does not expose.
function preprocessed(img, size) {
  return tf.tidy(() => {
    const normalized = img.toFloat().div(tf.scalar(255));
    const resized = img.shape[0] !== size || img.shape[1] !== size
      ? tf.image.resizeBilinear(normalized, [size, size], true) : normalized;
    return resized.reshape([1, size, size, 3]);
  });
}

function activations(model, spec, img) {
  if (!spec.graph) {
    return spec.parts.map(([endpoint]) => model.infer(img, endpoint));
  }
  const batched = preprocessed(img, spec.size);
  const names = [...spec.parts.map(([endpoint]) => endpoint), "Identity"];
  const outputs = model.model.execute(batched, names);
  // Sanity check: our preprocessing + execute() must give what infer() gives.
  const viaInfer = model.infer(img).dataSync();
  const viaExecute = outputs[outputs.length - 1].dataSync();
  viaInfer.forEach((p, i) => {
    if (Math.abs(p - viaExecute[i]) > 1e-7) throw new Error(`execute() differs from infer(): ${p} vs ${viaExecute[i]}`);
  });
  return outputs.slice(0, -1);
}

const photos = images.map((path) => {
  const bytes = readFileSync(path);
  return { path, bytes, png: PNG.sync.read(bytes) };
});

for (const spec of MODELS) {
  const model = await nsfwjs.load(spec.name);
  const round = (x) => Number(x.toPrecision(spec.digits));
  const results = [];
  for (const { path, bytes, png } of photos) {
    const img = rgbTensor(png);
    const probabilities = Array.from(model.infer(img).dataSync());
    const parts = activations(model, spec, img);
    const embedding = parts.flatMap((activation, i) => pooled(activation, spec.parts[i][1]));
    results.push({
      name: basename(path),
      sha256: createHash("sha256").update(bytes).digest("hex"),
      width: png.width,
      height: png.height,
      probabilities: probabilities.map(round),
      embedding: embedding.map(round),
    });
    console.log(spec.name, basename(path), probabilities.map((p) => p.toFixed(5)).join(" "), `embedding ${embedding.length}`);
  }
  // One image per line keeps the committed file reviewable in diffs.
  const header = {
    generatedBy: `make-reference.mjs with @tensorflow/tfjs ${tf.version.tfjs} (cpu backend), nsfwjs 4.3.0 ${spec.name}`,
    classes: ["Drawing", "Hentai", "Neutral", "Porn", "Sexy"],
    embedding: spec.parts.map(([endpoint, mode]) => `L2(${mode}-pool ${endpoint.replace(MID, "")})`).join(" ++ "),
  };
  const head = JSON.stringify(header).slice(0, -1);
  writeFileSync(join(outDir, spec.file), `${head},\n"images":[\n${results.map((r) => JSON.stringify(r)).join(",\n")}\n]}\n`);
}
