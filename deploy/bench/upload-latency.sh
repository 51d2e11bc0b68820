#!/usr/bin/env bash
# Upload-to-suggestion latency on a fresh server with its default configuration (backbones: set
# TAXONOMIST_BACKBONES to compare): labels TRAIN TuxPaint stamps in a field, trains and activates its
# model, then uploads UPLOADS other stamps one at a time (UploadLatency.java prints the figures).
# Usage: deploy/bench/upload-latency.sh [TRAIN=400] [UPLOADS=100]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
manifest="$("$repo/deploy/bench/tuxpaint-manifest.sh")"
home="$(mktemp -d)"
port="${BENCH_PORT:-8095}"
password="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
TAXONOMIST_HOME="$home" TAXONOMIST_ADMIN_PASSWORD="$password" \
  TAXONOMIST_TRAINING_MIN_ASSETS_PER_TERM="${TAXONOMIST_TRAINING_MIN_ASSETS_PER_TERM:-10}" \
  "$repo/deploy/bin/taxonomist" serve --port "$port" > "$home/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$home"' EXIT
until curl -sf "http://localhost:$port/health/ready" > /dev/null; do
  kill -0 "$server" 2>/dev/null || { tail -50 "$home/server.log"; echo "The server did not start" >&2; exit 1; }
  sleep 2
done
java "$repo/deploy/bench/UploadLatency.java" "http://localhost:$port/" "$password" "$manifest" "${1:-400}" "${2:-100}"
