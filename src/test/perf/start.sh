#!/usr/bin/env bash
# Issue 22's start benchmark: production starts (no demo data; Debian's MariaDB, made in a temporary
# folder, with the schema in place after the first start), each from the JVM's start to the first
# 200 from /health/ready, with Payara Micro's jar as the README's production command runs it, then
# with the launcher and class-data-sharing archive that docker/cds makes (as the image does). Prints
# a table with each start and the resident memory after a short load of the public pages.
# Not part of mvn verify; about 3 minutes.
# Usage: bash src/test/perf/start.sh [starts-each]
set -euo pipefail
cd "$(dirname "$0")/../../.."
n=${1:-3}
port=8093
command -v mariadbd >/dev/null 2>&1 && command -v wrk >/dev/null 2>&1 || {
  apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server wrk >/dev/null; }
work=$(mktemp -d)
mvn -B -q -ntp package -DskipTests -Dspotless.check.skip=true dependency:copy@payara-micro-jar
mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$work/db" >/dev/null
"$(command -v mariadbd)" --no-defaults --user="$(id -un)" --datadir="$work/db" --port=3398 \
  --bind-address=127.0.0.1 --socket="$work/db.sock" > "$work/db.log" 2>&1 &
db=$!
trap 'kill $db 2>/dev/null; pkill -f "port $port" 2>/dev/null || true' EXIT
until mariadb -S "$work/db.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1; do sleep 0.2; done
mariadb -S "$work/db.sock" -uroot -e "CREATE DATABASE bodywork;
  CREATE USER 'bodywork'@'127.0.0.1' IDENTIFIED BY 'start-bench'; GRANT ALL ON bodywork.* TO 'bodywork'@'127.0.0.1';"
export BODYWORK_DB_URL=jdbc:mysql://127.0.0.1:3398/bodywork BODYWORK_DB_USER=bodywork \
  BODYWORK_DB_PASSWORD=start-bench BODYWORK_ADMIN_EMAIL=admin@start.example \
  BODYWORK_ADMIN_PASSWORD='start benchmark passphrase' MALLOC_ARENA_MAX=2
jvm=(-Xmx256m -XX:+UseSerialGC)
micro=(--nocluster --port $port --contextroot / --prebootcommandfile docker/single-node.asadmin)
out=$work/starts

start() { # label java-arguments...
  local label=$1 t0 pid ms
  shift
  t0=$(date +%s%N)
  java "${jvm[@]}" "$@" "${micro[@]}" > "$work/app.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null http://localhost:$port/health/ready; do
    kill -0 $pid 2>/dev/null || { tail -20 "$work/app.log"; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  for page in / /therapists/ /login; do wrk -t2 -c16 -d4s http://localhost:$port$page >/dev/null; done
  printf '| %s | %s ms | %s MiB |\n' "$label" "$ms" $(( $(ps -o rss= -p $pid) / 1024 )) >> "$out"
  kill $pid; wait $pid 2>/dev/null || true
}

jar=target/micro/payara-micro.jar
start "jar, first start (Flyway makes the schema)" -jar $jar --deploy target/bodywork.war
for i in $(seq "$n"); do start "jar" -jar $jar --deploy target/bodywork.war; done
JAVA_TOOL_OPTIONS="${jvm[*]}" docker/cds $jar "$work/root" "$work/bodywork.jsa" target/bodywork.war \
  "${micro[@]}" > "$work/cds.log" 2>&1
for i in $(seq "$n"); do
  start "launcher and archive (docker/cds)" -XX:SharedArchiveFile="$work/bodywork.jsa" \
    -jar "$work/root/launch-micro.jar" --deploy target/bodywork.war
done
echo "| production start, $(nproc) cores, $(date -u +%F) | to ready | resident after the load |"
echo "|---|---|---|"
cat "$out"
