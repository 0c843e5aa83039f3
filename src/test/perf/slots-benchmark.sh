#!/usr/bin/env bash
# JMH benchmark of booking slot computation (plain Java, no server). Prints JMH's table.
# Usage: src/test/perf/slots-benchmark.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
  'org.bodywork.booking.SlotsBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 2s -rf text -rff target/slots-benchmark.txt "$@"
