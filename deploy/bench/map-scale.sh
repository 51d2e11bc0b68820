#!/usr/bin/env bash
# The collection map end to end at scale: N assets (default 50,000) with cached embeddings by the default backbones
# (deploy/bench/NearDuplicateSeed.java: 200 clusters), written into a fresh server's default H2 database while it is
# down; the server rebuilds its search index at start. Then the map job projects them all (reading the embeddings,
# PCA, UMAP, storing the run), and the console's Map page is timed in headless Chromium (deploy/bench/MapDrawTiming.java:
# loading and drawing the map, then zooming it, every point redrawn at each step).
# Usage: deploy/bench/map-scale.sh [N=50000]   (after `mvn install`: it needs the WAR and the deploy module's test
# class path, for Selenium)
set -euo pipefail
port="${BENCH_PORT:-8097}"
source "$(dirname "$0")/bench-server.sh"
n="${1:-50000}"
h2="$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort | tail -1)"
classpath="$home/test-classpath"
(cd "$repo/deploy" && mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath")

serve # creates the schema and the demo taxonomy
stop
java -Xmx4g -cp "$h2" "$repo/deploy/bench/NearDuplicateSeed.java" "jdbc:h2:file:$home/db/taxonomist" taxonomist \
  "$(cat "$home/config/db-password")" "$n" nsfwjs-mobilenet_v2@4.3.0:1344 human-centernet@3.3.6:1280
start=$(date +%s)
serve
echo "server ready in $(( $(date +%s) - start )) s"
# Lucene merges the rebuilt index for minutes after the server is ready: the timings wait until the server idles.
start=$(date +%s)
await_idle
echo "server idle $(( $(date +%s) - start )) s later"

run_and_await "map"
echo "map job over $n assets: $job_seconds s (polled every 5 s), $(nproc) cores"
grep -oE '"(status|exitStatus)":"[^"]*"' <<< "$job_answer" | tr '\n' ' '; echo
curl -sf -u "admin:$password" "http://localhost:$port/api/map/runs/latest"; echo
java -cp "$(cat "$classpath")" "$repo/deploy/bench/MapDrawTiming.java" "http://localhost:$port" admin "$password"
