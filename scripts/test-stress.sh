#!/usr/bin/env bash
# Runs `npm test` several times in a row (3 by default; STRESS_RUNS to change) with CPU-bound processes
# beside it (2 by default, one per core of the project's machines; STRESS_BURNERS to change), so a
# contributor can check that no test depends on having the machine to itself. Prints one line a run and
# a summary; exits non-zero if any run failed. Each run's full output is kept in scratch/stress/.
set -uo pipefail
cd "$(dirname "$0")/.."

runs="${STRESS_RUNS:-3}"
burners="${STRESS_BURNERS:-2}"
logs="scratch/stress"
mkdir -p "$logs"

# Job control: each background job in a process group of its own, so a run stops with everything it started.
set -m
pids=()
run_pid=""
stop_all() {
  [ -n "$run_pid" ] && kill -- -"$run_pid" 2>/dev/null
  [ "${#pids[@]}" -gt 0 ] && kill "${pids[@]}" 2>/dev/null
  return 0
}
trap stop_all EXIT
# Interrupted: stop the run under way too, and do not start the next one.
trap 'exit 130' INT TERM
for _ in $(seq "$burners"); do
  node -e 'for (;;) Math.sqrt(Math.random());' &
  pids+=("$!")
done
echo "test:stress: ${burners} CPU-bound processes running beside ${runs} runs of npm test (logs in ${logs}/)"

passed=0
failed=0
for run in $(seq "$runs"); do
  started=$(date +%s)
  # In the background and waited for, so an interruption is handled at once, not after the run.
  npm test >"${logs}/run-${run}.log" 2>&1 &
  run_pid=$!
  if wait "$run_pid"; then
    passed=$((passed + 1))
    result=passed
  else
    failed=$((failed + 1))
    result=FAILED
  fi
  summary=$(grep -E '^ +Tests +[0-9]+' "${logs}/run-${run}.log" | sed -E 's/^ +//' | paste -sd ';' -)
  echo "run ${run}: ${result} in $(($(date +%s) - started)) s (${summary:-no test summary; see the log})"
done
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
