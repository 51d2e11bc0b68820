// Produces the reference that the Java import of the COCO detector is checked against: TF.js itself
// (pure-JS CPU backend) running the unmodified CenterNet graph model of @vladmandic/human 3.3.6, an
// implementation that shares no code with ours. Run it through make-reference.sh; commit the JSON.
//
//   node make-detector-reference.mjs HUMAN_PACKAGE_DIR OUT_FILE IMAGE.png...
//
// Per image: the photo stretched to 512 x 512 as Human does (tf.image.resizeBilinear with TF's
// legacy sampling, pixel values 0-255), then the graph's own heatmap peak decoding
// (tower_0/detections: the 100 best heatmap peaks as x1, y1, x2, y2 in 512-pixel coordinates, score,
// class) and the highest heatmap value per class (tower_0/keypoints, max over the map).
import * as tf from "@tensorflow/tfjs";
import { PNG } from "pngjs";
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { basename, join } from "node:path";

const [humanDir, outFile, ...images] = process.argv.slice(2);
await tf.setBackend("cpu");

const modelJson = JSON.parse(readFileSync(join(humanDir, "models/centernet.json"), "utf8"));
const weightSpecs = modelJson.weightsManifest.flatMap((group) => group.weights);
const weightData = new Uint8Array(Buffer.concat(modelJson.weightsManifest.flatMap((group) => group.paths)
  .map((path) => readFileSync(join(humanDir, "models", path))))).buffer;
const model = await tf.loadGraphModel(tf.io.fromMemory({ ...modelJson, weightSpecs, weightData }));

const SIZE = 512;
const KEPT = 20; // detections per image in the file: every one above any sensible threshold
const round = (x) => Number(x.toPrecision(6));

function rgbTensor(png) {
  const { width, height, data } = png;
  const rgb = new Int32Array(width * height * 3);
  for (let i = 0, j = 0; i < width * height; i++) {
    rgb[j++] = data[4 * i];
    rgb[j++] = data[4 * i + 1];
    rgb[j++] = data[4 * i + 2];
  }
  return tf.tensor4d(rgb, [1, height, width, 3], "int32");
}

const results = [];
for (const path of images) {
  const bytes = readFileSync(path);
  const png = PNG.sync.read(bytes);
  const resized = tf.image.resizeBilinear(rgbTensor(png), [SIZE, SIZE]);
  const [keypoints, detections] = model.execute(resized, ["tower_0/keypoints", "tower_0/detections"]);
  const classMax = Array.from(keypoints.max([0, 1, 2]).dataSync());
  const rows = (await detections.array())[0].slice(0, KEPT);
  results.push({
    name: basename(path),
    sha256: createHash("sha256").update(bytes).digest("hex"),
    width: png.width,
    height: png.height,
    classMax: classMax.map(round),
    detections: rows.map((row) => row.map(round)),
  });
  console.log(basename(path), rows.slice(0, 5).map((r) => `class ${r[5]} ${r[4].toFixed(3)}`).join(", "));
}
const header = {
  generatedBy: `make-detector-reference.mjs with @tensorflow/tfjs ${tf.version.tfjs} (cpu backend), @vladmandic/human 3.3.6 centernet`,
  input: "RGB 0-255 stretched to 512 x 512, tf.image.resizeBilinear (align_corners = false, half_pixel_centers = false)",
  detections: "x1, y1, x2, y2 (512-pixel coordinates), score, class (COCO index 0-79), best first",
};
const head = JSON.stringify(header).slice(0, -1);
writeFileSync(outFile, `${head},\n"images":[\n${results.map((r) => JSON.stringify(r)).join(",\n")}\n]}\n`);
