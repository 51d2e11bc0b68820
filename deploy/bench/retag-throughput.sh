#!/usr/bin/env bash
# The retag job's throughput on N images (default 10,000) against `taxonomist bench` on the same
# images: N distinct TuxPaint variants are imported into a fresh server with its defaults (one
# backbone), the cached embeddings are forgotten (DELETE /api/embeddings), and `retag` runs over
# all assets, so that every image is read, decoded, embedded and tagged again inside the job.
# Usage: deploy/bench/retag-throughput.sh [N=10000]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
n="${1:-10000}"
home="$(mktemp -d)"
port="${BENCH_PORT:-8096}"
password="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
bench="java $repo/deploy/bench/RetagThroughput.java"
server=""
trap '[ -n "$server" ] && kill $server 2>/dev/null; wait 2>/dev/null; rm -rf "$home"' EXIT

serve() {
  TAXONOMIST_HOME="$home" TAXONOMIST_ADMIN_PASSWORD="$password" \
    "$repo/deploy/bin/taxonomist" serve --port "$port" >> "$home/server.log" 2>&1 &
  server=$!
  until curl -sf "http://localhost:$port/health/ready" > /dev/null; do
    kill -0 "$server" 2>/dev/null || { tail -50 "$home/server.log"; echo "The server did not start" >&2; exit 1; }
    sleep 2
  done
}

mkdir -p "$home/imports"
manifest="$($bench prepare "$("$repo/deploy/bench/tuxpaint-manifest.sh")" "$n" "$home/imports/bench")"
"$repo/deploy/bin/taxonomist" bench --manifest "$manifest"

serve
execution="$(curl -sf -u "admin:$password" -X POST "http://localhost:$port/api/imports/folders/bench" | sed -E 's/.*"executionId":([0-9]+).*/\1/')"
$bench await-import "http://localhost:$port/" "$password" "$execution" "$n"
curl -sf -u "admin:$password" -X DELETE "http://localhost:$port/api/embeddings?backbone=nsfwjs-mobilenet_v2@4.3.0"; echo
$bench retag "http://localhost:$port/" "$password"
