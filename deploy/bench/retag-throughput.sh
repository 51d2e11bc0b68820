#!/usr/bin/env bash
# The retag job's throughput on N images (default 10,000) against `taxonomist bench` on the same
# images: N distinct TuxPaint variants are imported into a fresh server with its defaults (its
# backbones; set TAXONOMIST_BACKBONES to compare others, `taxonomist bench` then uses them too), the
# cached embeddings are forgotten (DELETE /api/embeddings, every backbone's), and `retag` runs over
# all assets, so that every image is read, decoded, embedded and tagged again inside the job.
# Usage: [TAXONOMIST_BACKBONES=spec,spec] deploy/bench/retag-throughput.sh [N=10000]
set -euo pipefail
port="${BENCH_PORT:-8096}"
source "$(dirname "$0")/bench-server.sh"
n="${1:-10000}"
bench="java $repo/deploy/bench/RetagThroughput.java"

mkdir -p "$home/imports"
manifest="$($bench prepare "$("$repo/deploy/bench/tuxpaint-manifest.sh")" "$n" "$home/imports/bench")"
# The server's default backbones (taxonomist.backbones, Backbones.UPLOAD_SPECS) unless others are set.
"$repo/deploy/bin/taxonomist" bench --manifest "$manifest" --backbones "${TAXONOMIST_BACKBONES:-nsfwjs:mobilenet_v2,human:centernet}"

serve
execution="$(curl -sf -u "admin:$password" -X POST "http://localhost:$port/api/imports/folders/bench" | sed -E 's/.*"executionId":([0-9]+).*/\1/')"
$bench await-import "http://localhost:$port/" "$password" "$execution" "$n"
for backbone in $(curl -sf -u "admin:$password" "http://localhost:$port/api/embeddings" | grep -oE '"[^"]+@[^"]+"' | tr -d '"'); do
  curl -sf -u "admin:$password" -X DELETE "http://localhost:$port/api/embeddings?backbone=$backbone"; echo
done
$bench retag "http://localhost:$port/" "$password"
