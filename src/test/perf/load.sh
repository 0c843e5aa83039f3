#!/usr/bin/env bash
# Issue 10's load test: generates the large practice (50 therapists, 5,000 clients, 20,000
# appointments, about 10,000 notes) on Debian's MariaDB, runs each step and the mixed workload with
# wrk on one Payara Micro node, then on two behind Debian's nginx, and writes the figures to
# target/load/report.md. About 15 minutes; not part of mvn verify. Seconds per run: -Dload.seconds=15
set -euo pipefail
cd "$(dirname "$0")/../../.."
missing=()
command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
command -v nginx >/dev/null 2>&1 || missing+=(nginx)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} for the load test"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
mvn -B -ntp -Pload verify "$@"
