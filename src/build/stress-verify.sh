#!/usr/bin/env bash
# Proof of stability (issue 19 point 4): the whole build, N times in a row (default 3), from a fresh
# clone of HEAD in a temporary folder, while stress-ng keeps both cores busy. Prints each run's time
# and its Surefire/Failsafe counts. The CPU hog is always stopped, however the script ends.
#
#   bash src/build/stress-verify.sh            # three full runs
#   bash src/build/stress-verify.sh 1 -Dtest=PinThrottleTest -Dit.test=HomeJourneyIT \
#        -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false   # a quick check
#
# Arguments after the count go to ./mvnw as they are.
set -euo pipefail
runs=${1:-3}
shift || true
repo=$(git -C "$(dirname "$0")/../.." rev-parse --show-toplevel)
cpus=${STRESS_CPUS:-2}

if ! command -v stress-ng >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing stress-ng from Debian's packages..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq stress-ng >/dev/null
  else
    echo "stress-ng is not installed. Install it (sudo apt-get install stress-ng) or run this script as root." >&2
    exit 1
  fi
fi

work=$(mktemp -d -t kiosk-stress-XXXXXX)
hog=""
stop_hog() {
  if [ -n "$hog" ] && kill -0 "$hog" 2>/dev/null; then
    kill "$hog" 2>/dev/null || true
    wait "$hog" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop_hog EXIT
trap 'exit 130' INT TERM

git clone -q "$repo" "$work/kiosk"
git -C "$work/kiosk" checkout -q "$(git -C "$repo" rev-parse HEAD)"
echo "Fresh clone of $(git -C "$work/kiosk" rev-parse --short HEAD) in $work/kiosk"

stress-ng --cpu "$cpus" --timeout 0 --quiet &
hog=$!
echo "stress-ng --cpu $cpus running (pid $hog)"

counts() { # sums tests/errors/failures/skipped over the XML reports of one folder
  local dir=$1
  if ls "$dir"/TEST-*.xml >/dev/null 2>&1; then
    awk -F'"' '/<testsuite /{for(i=1;i<NF;i++){if($i~/ tests=$/)t+=$(i+1); if($i~/ errors=$/)e+=$(i+1);
      if($i~/ failures=$/)f+=$(i+1); if($i~/ skipped=$/)s+=$(i+1)}} END{printf "%d tests, %d failures, %d errors, %d skipped", t, f, e, s}' \
      "$dir"/TEST-*.xml
  else
    printf "no reports"
  fi
}

failed=0
summary=()
for run in $(seq 1 "$runs"); do
  rm -rf "$work/kiosk/target"
  start=$(date +%s)
  set +e
  (cd "$work/kiosk" && ./mvnw -B verify "$@" >"$work/run-$run.log" 2>&1)
  rc=$?
  set -e
  secs=$(( $(date +%s) - start ))
  line="run $run: $([ $rc -eq 0 ] && echo PASSED || echo FAILED) in $((secs / 60)) min $((secs % 60)) s;"
  line+=" Surefire: $(counts "$work/kiosk/target/surefire-reports");"
  line+=" Failsafe (H2): $(counts "$work/kiosk/target/failsafe-reports");"
  line+=" Failsafe (PostgreSQL): $(counts "$work/kiosk/target/failsafe-reports-postgres")"
  echo "$line"
  summary+=("$line")
  if [ $rc -ne 0 ]; then
    failed=1
    mkdir -p "$repo/target"
    cp "$work/run-$run.log" "$repo/target/stress-run-$run.log"
    grep -E "Tests run:.*(Fail|Err)|FAIL|ERROR\]" "$work/run-$run.log" | head -20 || true
    echo "The whole log is in target/stress-run-$run.log"
    break # three in a row is the proof; after a failure the next runs prove nothing
  fi
done

echo
echo "Stressed runs (stress-ng --cpu $cpus), $(date -u +%Y-%m-%d), commit $(git -C "$repo" rev-parse --short HEAD):"
printf '%s\n' "${summary[@]}"
exit $failed
