// Produces the reference outputs that the Java importer is checked against, with TF.js itself
// (pure-JS CPU backend) running the unmodified nsfwjs 4.3.0 package: an implementation that
// shares no code with ours. Run it through make-reference.sh; commit the JSON it writes.
//
//   node make-reference.mjs OUT.json IMAGE.png...
//
// PNG only: PNG decoding is lossless, so pngjs and Java's ImageIO see identical pixels,
// whereas two JPEG decoders may differ by a level or two.
import * as tf from "@tensorflow/tfjs";
import * as nsfwjs from "nsfwjs";
import { PNG } from "pngjs";
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { basename } from "node:path";

const [out, ...images] = process.argv.slice(2);
await tf.setBackend("cpu");
const model = await nsfwjs.load("MobileNetV2");

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

const round = (x) => Number(x.toPrecision(8));
const results = [];
for (const path of images) {
  const bytes = readFileSync(path);
  const png = PNG.sync.read(bytes);
  const img = rgbTensor(png);
  const probabilities = Array.from(model.infer(img).dataSync());
  const b14 = model.infer(img, "block_14_expand_relu");
  const b10 = model.infer(img, "block_10_expand_relu");
  const embedding = [...pooled(b14, "avg"), ...pooled(b10, "max")];
  results.push({
    name: basename(path),
    sha256: createHash("sha256").update(bytes).digest("hex"),
    width: png.width,
    height: png.height,
    probabilities: probabilities.map(round),
    embedding: embedding.map(round),
  });
  console.log(basename(path), probabilities.map((p) => p.toFixed(5)).join(" "));
}
// One image per line keeps the committed file reviewable in diffs.
const header = {
  generatedBy: `make-reference.mjs with @tensorflow/tfjs ${tf.version.tfjs} (cpu backend), nsfwjs 4.3.0 MobileNetV2`,
  classes: ["Drawing", "Hentai", "Neutral", "Porn", "Sexy"],
  embedding: "L2(avg-pool block_14_expand_relu) ++ L2(max-pool block_10_expand_relu)",
};
const head = JSON.stringify(header).slice(0, -1);
writeFileSync(out, `${head},\n"images":[\n${results.map((r) => JSON.stringify(r)).join(",\n")}\n]}\n`);
