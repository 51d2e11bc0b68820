#!/usr/bin/env bash
# Builds a labelled benchmark collection nobody tuned on: OpenMoji's colour icons (npm openmoji@17.0.0,
# CC-BY-SA 4.0, never committed), rendered to 256 px PNG on white, labelled with their Unicode emoji
# group as the category (animals-nature, food-drink, objects, people-body, smileys-emotion, symbols,
# travel-places, activities, flags). Skin-tone variants and OpenMoji's own mixed "extras" groups are
# left out. Needs npm and rsvg-convert (Debian librsvg2-bin; installed here when run as root).
# Prints the manifest's path.
set -euo pipefail
version=17.0.0
integrity=sha512-EBnYrNGdcdw+OSXmENeNE1yBNRu6tOraTmoOyUbJkTmvT/+XETp8RZLSJFzD3lrPc5N9CzsyPnRTk0Vp4UaI9w==
cache="${TAXONOMIST_CACHE:-$HOME/.cache/taxonomist}/testdata/openmoji-$version"
mkdir -p "$cache"
cd "$cache"
if ! command -v rsvg-convert >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q librsvg2-bin >&2; else
    echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; fi
fi
if [ ! -f package/data/openmoji.csv ]; then
  tarball="openmoji-$version.tgz"
  [ -f "$tarball" ] || npm pack -q "openmoji@$version" >&2 || { echo "Cannot fetch openmoji@$version from the npm registry" >&2; exit 1; }
  actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
  [ "$integrity" = "$actual" ] || { echo "openmoji@$version: checksum $actual, expected $integrity" >&2; rm -f "$tarball"; exit 1; }
  tar xzf "$tarball" package/data/openmoji.csv package/color/svg
fi
manifest="$cache/openmoji-manifest.csv"
mkdir -p png
python3 - "$cache" > "$manifest" <<'PY'
import csv, os, subprocess, sys
cache = sys.argv[1]
left_out = {"extras-openmoji", "extras-unicode", "component"}
print("file,labels")
with open(os.path.join(cache, "package/data/openmoji.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["skintone"] or row["group"] in left_out:
            continue
        svg = os.path.join(cache, "package/color/svg", row["hexcode"] + ".svg")
        png = os.path.join(cache, "png", row["hexcode"] + ".png")
        if not os.path.exists(svg):
            continue
        if not os.path.exists(png):
            subprocess.run(["rsvg-convert", "-w", "256", "-h", "256", "-b", "white", "-o", png, svg], check=True)
        print(f'"{png}","{row["group"]}"')
PY
echo "$manifest"
