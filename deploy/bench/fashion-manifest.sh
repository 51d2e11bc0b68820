#!/usr/bin/env bash
# Builds a labelled benchmark collection nobody tuned on: the first 100 items of each class of
# Fashion-MNIST's test set (Debian dataset-fashion-mnist, MIT, never committed), written as 28 x 28
# grey PNGs, labelled with their class as the category (t-shirt, trouser, pullover, dress, coat,
# sandal, shirt, sneaker, bag, ankle-boot). Prints the manifest's path.
set -euo pipefail
per_class=${1:-100}
cache="${TAXONOMIST_CACHE:-$HOME/.cache/taxonomist}/testdata/fashion-mnist"
mkdir -p "$cache"
cd "$cache"
data=dataset/usr/share/datasets/fashion-mnist
if [ ! -d "$data" ]; then
  ls dataset-fashion-mnist_*.deb >/dev/null 2>&1 || apt-get download dataset-fashion-mnist >&2 \
    || { echo "Cannot download dataset-fashion-mnist from Debian's packages" >&2; exit 1; }
  dpkg -x dataset-fashion-mnist_*.deb dataset
fi
manifest="$cache/fashion-manifest-$per_class.csv"
python3 - "$cache/$data" "$cache/png" "$per_class" > "$manifest" <<'PY'
import gzip, os, struct, sys, zlib
data, out, per_class = sys.argv[1], sys.argv[2], int(sys.argv[3])
names = ["t-shirt", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "ankle-boot"]
def read(name):
    path = os.path.join(data, name)
    return gzip.open(path).read() if os.path.exists(path) else open(path[:-3], "rb").read()
images, labels = read("t10k-images-idx3-ubyte.gz"), read("t10k-labels-idx1-ubyte.gz")
count, rows, cols = struct.unpack(">III", images[4:16])
def png(pixels):  # 8-bit greyscale, one filter byte per row
    raw = b"".join(b"\0" + pixels[r * cols:(r + 1) * cols] for r in range(rows))
    chunk = lambda kind, body: struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", cols, rows, 8, 0, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
os.makedirs(out, exist_ok=True)
taken = [0] * 10
print("file,labels")
for i in range(count):
    label = labels[8 + i]
    if taken[label] >= per_class:
        continue
    taken[label] += 1
    path = os.path.join(out, f"{i:05d}.png")
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(png(images[16 + i * rows * cols:16 + (i + 1) * rows * cols]))
    print(f'"{path}","{names[label]}"')
PY
echo "$manifest"
