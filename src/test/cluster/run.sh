#!/usr/bin/env bash
# Issue 10's cluster test on one machine: Debian's MariaDB, two Payara Micro nodes clustered on
# loopback, Debian's nginx in front; bookings through both nodes, the outbox, kill -9 of the database
# and of a node under load. Prints a summary (also in target/cluster/summary.md) and exits non-zero
# when a figure misses its bound. About 3 minutes; not part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/../../.."
missing=()
command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
command -v nginx >/dev/null 2>&1 || missing+=(nginx)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} for the cluster test"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
mvn -B -ntp -Pcluster verify "$@"
