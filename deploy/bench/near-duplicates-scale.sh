#!/usr/bin/env bash
# The near-duplicates job end to end at scale: N assets (default 100,000) with cached embeddings by the default
# backbones and perceptual hashes (deploy/bench/NearDuplicateSeed.java: 200 clusters, every 50th asset a planted
# copy), written into a fresh server's default H2 database while it is down. The server then finds its search index
# short of the database and rebuilds it (text and image vectors) before it takes requests; the job runs over all
# assets (each asset's 10 most similar older ones by the default backbone, found at once by matrix products, judged
# by the near-duplicate rule; database reads and pair writes included), then once more over new assets (none).
# Usage: deploy/bench/near-duplicates-scale.sh [N=100000]
set -euo pipefail
port="${BENCH_PORT:-8098}"
source "$(dirname "$0")/bench-server.sh"
n="${1:-100000}"
h2="$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort | tail -1)"

serve # creates the schema and the demo taxonomy
stop
start=$(date +%s)
java -Xmx4g -cp "$h2" "$repo/deploy/bench/NearDuplicateSeed.java" "jdbc:h2:file:$home/db/taxonomist" taxonomist \
  "$(cat "$home/config/db-password")" "$n" nsfwjs-mobilenet_v2@4.3.0:1344 human-centernet@3.3.6:1280
echo "seeded in $(( $(date +%s) - start )) s; database $(du -sh "$home/db" | cut -f1)"

start=$(date +%s)
serve
echo "server ready in $(( $(date +%s) - start )) s, search index $(du -sh "$home/index" | cut -f1):"
grep -aiE "search index (holds|rebuilt)" "$home/server.log" | sed -E 's/.*(The search index|Search index)/  \1/'

run_job() {
  run_and_await "near-duplicates?scope=$1"
  echo "near-duplicates job over $n assets, scope $1: $job_seconds s, $(nproc) cores"
  grep -oE '"(status|exitStatus|done|total|started|updated)":("[^"]*"|[0-9]+)' <<< "$job_answer" | tr '\n' ' '; echo
  echo "pending groups: $(curl -sf -u "admin:$password" "http://localhost:$port/api/duplicates/groups?limit=1" \
    | grep -oE '"total":[0-9]+')"
}

run_job all
run_job new
