#!/usr/bin/env bash
# The retag job's throughput on N images (default 10,000) against `taxonomist bench` on the same
# images: N distinct TuxPaint variants are imported into a fresh server with its defaults (one
# backbone), the cached embeddings are forgotten (DELETE /api/embeddings), and `retag` runs over
# all assets, so that every image is read, decoded, embedded and tagged again inside the job.
# Usage: deploy/bench/retag-throughput.sh [N=10000]
set -euo pipefail
port="${BENCH_PORT:-8096}"
source "$(dirname "$0")/bench-server.sh"
n="${1:-10000}"
bench="java $repo/deploy/bench/RetagThroughput.java"

mkdir -p "$home/imports"
manifest="$($bench prepare "$("$repo/deploy/bench/tuxpaint-manifest.sh")" "$n" "$home/imports/bench")"
"$repo/deploy/bin/taxonomist" bench --manifest "$manifest"

serve
execution="$(curl -sf -u "admin:$password" -X POST "http://localhost:$port/api/imports/folders/bench" | sed -E 's/.*"executionId":([0-9]+).*/\1/')"
$bench await-import "http://localhost:$port/" "$password" "$execution" "$n"
curl -sf -u "admin:$password" -X DELETE "http://localhost:$port/api/embeddings?backbone=nsfwjs-mobilenet_v2@4.3.0"; echo
$bench retag "http://localhost:$port/" "$password"
