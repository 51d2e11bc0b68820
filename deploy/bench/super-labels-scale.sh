#!/usr/bin/env bash
# The super-labels job end to end at scale: N assets (default 100,000) of about 10 keywords each,
# drawn from 30 planted topics of 100 terms (each asset mixes a main topic, ~70% of its words,
# and a second one; within a topic term r is drawn with probability falling like r^-2/3), in a
# fresh server on its default H2 database. The assets are written straight into the database while
# the server is down (no image files, not in the search index: the job reads only their keywords),
# then the job runs twice with its defaults (LDA, k = 30) and prints its summaries, which time
# reading, fitting and storing; the second run matches its topics to the first run's super-labels
# and replaces all their scores.
# Usage: deploy/bench/super-labels-scale.sh [N=100000] [job query, e.g. method=nmf]
set -euo pipefail
port="${BENCH_PORT:-8097}"
source "$(dirname "$0")/bench-server.sh"
n="${1:-100000}"
parameters="${2:-}"
h2="$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort | tail -1)"

term() { # one keyword: the main topic t1 with probability 0.7, else t2; its rank skewed towards 0
  echo "'topic ' || CASE WHEN RAND() < 0.7 THEN t1 ELSE t2 END || ' term ' || CAST(FLOOR(100 * POWER(RAND(), 3)) AS INT)"
}

serve # creates the schema and the demo taxonomy
stop
keywords="$(term)"
for _ in 2 3 4 5 6 7 8 9 10; do keywords="$keywords || ', ' || $(term)"; done
cat > "$home/seed.sql" <<SQL
INSERT INTO dam_asset (id, contentHash, fileName, format, width, height, byteSize, keywords, createdAt, createdBy, updatedAt, version)
SELECT 10000000 + x, LPAD(CAST(x AS VARCHAR), 64, '0'), 'bench-' || x || '.png', 'png', 1, 1, 1, $keywords,
       CURRENT_TIMESTAMP, 'bench', CURRENT_TIMESTAMP, 0
FROM (SELECT X AS x, MOD(X * 7919, 30) AS t1, MOD(X * 7919 + 1 + MOD(X, 29), 30) AS t2 FROM SYSTEM_RANGE(1, $n));
SQL
start=$(date +%s)
java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$home/db/taxonomist" -user taxonomist \
  -password "$(cat "$home/config/db-password")" -script "$home/seed.sql"
echo "$n assets written in $(( $(date +%s) - start )) s"

run_job() {
  run_and_await "super-labels${parameters:+?$parameters}"
  echo "super-labels job over $n assets, $1: $job_seconds s, $(nproc) cores"
  grep -oE '"(status|exitStatus)":"[^"]*"' <<< "$job_answer"
}

serve
run_job "first run"
run_job "second run (matches the first run's super-labels, replaces their scores)"
