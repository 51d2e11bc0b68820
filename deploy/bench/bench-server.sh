# Sourced by the benchmark scripts: a fresh TAXONOMIST_HOME and admin password, and `serve`/`stop`
# for a server on it (port BENCH_PORT, default given by the script); the server and the home go at exit.
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
home="$(mktemp -d)"
password="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
server=""
trap 'stop 2>/dev/null; rm -rf "$home"' EXIT

serve() {
  TAXONOMIST_HOME="$home" TAXONOMIST_ADMIN_PASSWORD="$password" \
    "$repo/deploy/bin/taxonomist" serve --port "$port" >> "$home/server.log" 2>&1 &
  server=$!
  until curl -sf "http://localhost:$port/health/ready" > /dev/null; do
    kill -0 "$server" 2>/dev/null || { tail -50 "$home/server.log"; echo "The server did not start" >&2; exit 1; }
    sleep 2
  done
}

# Payara takes SIGTERM; one still busy (Lucene merging a rebuilt index) after 60 s gets SIGKILL, so that no
# server outlives its benchmark and holds the port.
stop() {
  [ -n "$server" ] || return 0
  kill "$server"
  for _ in $(seq 60); do
    kill -0 "$server" 2>/dev/null || break
    sleep 1
  done
  kill -9 "$server" 2>/dev/null || true
  wait "$server" || true
  server=""
}

# Waits (at most 15 minutes) until the server uses under a tenth of a core over 10 s, as /proc counts its CPU time.
await_idle() {
  local before after
  for _ in $(seq 90); do
    before=$(awk '{print $14 + $15}' "/proc/$server/stat")
    sleep 10
    after=$(awk '{print $14 + $15}' "/proc/$server/stat")
    (( after - before < $(getconf CLK_TCK) )) && return 0
  done
}

# Starts a job (its path under /api/jobs/, with any query) and waits for it to end: its last state in $job_answer,
# how long it ran in $job_seconds.
run_and_await() {
  local execution start
  job_answer="$(curl -sf -u "admin:$password" -X POST "http://localhost:$port/api/jobs/$1")"
  execution="$(sed -E 's/.*"executionId":([0-9]+).*/\1/' <<< "$job_answer")"
  start=$(date +%s)
  until grep -qE '"status":"(COMPLETED|FAILED|STOPPED)"' <<< "$job_answer"; do
    sleep 5
    job_answer="$(curl -sf -u "admin:$password" "http://localhost:$port/api/jobs/executions/$execution")"
  done
  job_seconds=$(( $(date +%s) - start ))
}
