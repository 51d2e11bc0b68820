#!/usr/bin/env bash
# Regenerates ../resources/org/taxonomist/models/djl/nsfwjs*-reference.json (MobileNetV2,
# InceptionV3, MobileNetV2Mid) and centernet-reference.json (Human's COCO detector): the models run by
# TF.js itself (pure-JS CPU backend) on the scikit-image photos. About 5 minutes on 2 cores (InceptionV3 in pure JS is slow). Needs node +
# npm, network for npm install, the model store filled (mvn -pl models -am install) and the test
# photos cached (run the models tests once). Run from anywhere; nothing is written into the source tree but the JSON.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
models="${TAXONOMIST_MODELS:-$HOME/.cache/taxonomist/models}"
photos="$HOME/.cache/taxonomist/testdata/python3-skimage/usr/lib/python3/dist-packages/skimage/data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/make-reference.mjs" "$here/make-detector-reference.mjs" "$work/"
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund @tensorflow/tfjs@4.22.0 buffer@6.0.3 pngjs@7.0.0 "$models/nsfwjs-4.3.0.tgz"
node make-reference.mjs "$here/../resources/org/taxonomist/models/djl" \
  "$photos/chelsea.png" "$photos/coffee.png" "$photos/astronaut.png" "$photos/motorcycle_left.png"
node make-detector-reference.mjs "$models/vladmandic-human-3.3.6" "$here/../resources/org/taxonomist/models/djl/centernet-reference.json" \
  "$photos/chelsea.png" "$photos/coffee.png" "$photos/astronaut.png" "$photos/motorcycle_left.png"
