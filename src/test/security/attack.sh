#!/usr/bin/env bash
# Attacks the demo with real tools: Debian's sqlmap against every API endpoint that takes
# parameters (query, path and JSON body), signed in as the role that may call it, and wapiti against
# the pages, signed in as a client. Prints each tool's verdict; the full reports are in target/attack.
# The findings and what was done about them are recorded by hand in docs/SECURITY.md.
#
# Needs: a JDK, Maven, curl, python3, and apt-get install sqlmap wapiti.
# Usage: src/test/security/attack.sh            (a few minutes on 2 cores)
#        SQLMAP_LEVEL=3 src/test/security/attack.sh  (deeper and much slower)
set -euo pipefail
cd "$(dirname "$0")/../../.."
port=${ATTACK_PORT:-8096}
base="http://localhost:$port"
out=target/attack
level=${SQLMAP_LEVEL:-1}
mkdir -p "$out"

for tool in sqlmap wapiti curl python3; do
  command -v $tool >/dev/null || { echo "$tool is missing: apt-get install sqlmap wapiti" >&2; exit 1; }
done
mvn -B -ntp -q -DskipTests package dependency:copy@payara-micro-jar >"$out/build.log" || { echo "build failed" >&2; exit 1; }

# The demo, as the run command starts it (two-step sign-in is off there, so the tools can sign in
# with a password).
. src/test/demo.sh
start_demo "$out/server.log"

pw=bodywork-demo-2026
client=client@example.org
therapist=therapist@example.org
admin=admin@example.org
json() { curl -fs -u "$1:$pw" -H 'Accept: application/json' "$base$2"; }
first() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d[0]['$1'] if d else '')"; }
tess=$(json "$client" "/api/v1/therapists?technique=SWEDISH" | first id)
service=$(json "$client" "/api/v1/services" | first id)
appointment=$(json "$client" "/api/v1/appointments" | first id)
today=$(date +%F)
week=$(date -d '+7 days' +%F)

# One sqlmap run per endpoint: name, user, then sqlmap's own arguments. '*' marks a path parameter.
verdicts=()
attack() {
  local name=$1 user=$2; shift 2
  local headers='Accept: application/json'
  case " $* " in *" --data"*) headers=$'Accept: application/json\nContent-Type: application/json' ;; esac
  # Credentials sent with every request, not after a 401 challenge: Python's urllib, under sqlmap,
  # gives up after five challenges on an endpoint that answers 400, as these do to most payloads.
  [ "$user" != "-" ] && headers+=$'\nAuthorization: Basic '"$(printf '%s' "$user:$pw" | base64 -w0)"
  sqlmap --batch --level="$level" --risk=1 --flush-session --output-dir="$out/sqlmap" \
    --headers="$headers" "$@" >"$out/sqlmap-$name.txt" 2>&1 || true
  if grep -qiE "is vulnerable|appears to be injectable|sqlmap identified the following injection" "$out/sqlmap-$name.txt"; then
    verdicts+=("INJECTABLE  $name (see $out/sqlmap-$name.txt)")
  else
    local tests verdict
    tests=$(grep -ciE 'testing ' "$out/sqlmap-$name.txt" || true)
    verdict=$(grep -oiE 'all tested parameters do not appear to be injectable' "$out/sqlmap-$name.txt" | head -1 \
      || grep -oiE '\[(CRITICAL|ERROR)\].*' "$out/sqlmap-$name.txt" | tail -1 || true)
    verdicts+=("clean       $name: $tests tests, $verdict")
  fi
}
body() { printf '%s' "$1" | tr "'" '"'; }

attack directory - -u "$base/api/v1/therapists?technique=SWEDISH"
attack availability "$client" -u "$base/api/v1/therapists/$tess*/availability?serviceId=$service&from=$today&to=$week"
attack any-availability "$client" -u "$base/api/v1/services/$service/availability?from=$today&to=$week"
attack appointments "$client" -u "$base/api/v1/appointments?from=$today&to=$week"
attack appointment "$client" -u "$base/api/v1/appointments/$appointment*"
attack audit-search "$admin" -u "$base/api/v1/admin/audit?person=chris&recordType=intake&recordId=1&from=$today&to=$today"
attack queue "$admin" -u "$base/api/v1/admin/qualifications?status=PENDING"
attack register - -u "$base/api/v1/accounts" \
  --data "$(body "{'email':'attack@example.org','password':'attack-password-2026','name':'Attack'}")"
attack evaluate "$client" -u "$base/api/v1/screenings/evaluate" \
  --data "$(body "{'dateOfBirth':'1990-01-01','conditions':[{'code':'BRUISES','areas':['NECK'],'since':'$today'}]}")"
attack intake "$client" -u "$base/api/v1/clients/me/intake" --method=PUT \
  --data "$(body "{'dateOfBirth':'1985-04-12','conditions':[],'medications':'None','consent':{'treatment':true,'healthData':true}}")"
attack book "$client" -u "$base/api/v1/appointments" \
  --data "$(body "{'therapistId':$tess,'serviceId':$service,'start':'${week}T10:00:00Z'}")"
attack preferences "$client" -u "$base/api/v1/me/preferences" --method=PUT \
  --data "$(body "{'reminders':true}")"
# With a wrong password in the body, so that no payload closes the demo client's account or changes its
# password. POST /api/v1/tokens is left out: every try there is a sign-in attempt, and the address
# would be blocked for the rest of the run.
attack email "$client" -u "$base/api/v1/me/email" --method=PUT \
  --data "$(body "{'email':'attack@example.org','password':'not-the-password'}")"
attack password "$client" -u "$base/api/v1/me/password" --method=PUT \
  --data "$(body "{'currentPassword':'not-the-password','newPassword':'attack-password-2026'}")"
attack erasure "$client" -u "$base/api/v1/me/erasure" \
  --data "$(body "{'password':'not-the-password'}")"

# wapiti against the pages, signed in as the demo client through the sign-in form.
jar="$out/cookies.txt"
rm -f "$jar"
login=$(curl -s -c "$jar" -b "$jar" "$base/login")
state=$(printf '%s' "$login" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" "$base/login" \
  --data-urlencode "signin=signin" --data-urlencode "signin:email=$client" --data-urlencode "signin:password=$pw" \
  --data-urlencode "signin:next=" --data-urlencode "signin:submit=" --data-urlencode "jakarta.faces.ViewState=$state"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1)
wapiti -u "$base/" --scope folder --flush-session --max-scan-time 600 --max-attack-time 120 \
  -H "Cookie: JSESSIONID=$session" \
  -m sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,ssrf,methods,backup,htaccess,csp,cookieflags,http_headers,csrf,xxe \
  -f txt -o "$out/wapiti.txt" >"$out/wapiti.log" 2>&1 || true

echo "sqlmap (level $level, risk 1), one line per endpoint:"
printf '  %s\n' "${verdicts[@]}"
echo "wapiti, signed in as $client:"
sed -n '/Summary of vulnerabilities/,/^\*\*\*\*\*\*/p' "$out/wapiti.txt" 2>/dev/null | sed 's/^/  /' || echo "  no report: see $out/wapiti.log"
