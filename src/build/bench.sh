#!/bin/sh
# Every benchmark in sequence, then their tables gathered into docs/benchmarks.md.
# Run on a quiet machine: ./src/build/bench.sh   (extra Maven arguments pass through, for example
# -Dit.test=LoadBenchmark or -Dbench.duration=1m). See docs/benchmarks.md.
set -u
cd "$(dirname "$0")/../.."
load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Load average before the benchmarks: $load (figures mean little above about 1)"
mkdir -p target/benchmarks
# BENCH_KEEP=1 keeps the tables of earlier runs (to add one benchmark's table to the others).
[ "${BENCH_KEEP:-0}" = 1 ] || rm -f target/benchmarks/*.md
# One build and one test JVM; each benchmark starts the built jar as its own process.
./mvnw -B -o verify -Pbench -Dfailsafe.runOrder=alphabetical "$@"
status=$?

out=docs/benchmarks.md
tmp=$(mktemp)
{
  sed '/<!-- figures:start -->/q' "$out"
  echo
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on commit $(git rev-parse --short HEAD) by \`src/build/bench.sh $*\`;"
  echo "load average before: $load; Maven exit status $status (non-zero: a benchmark failed its checks, see its notes)."
  echo
  for f in target/benchmarks/*.md; do
    [ -f "$f" ] || continue
    sed -E 's/^#{1,2} /### /' "$f"
    echo
  done
  sed -n '/<!-- figures:end -->/,$p' "$out"
} > "$tmp" && mv "$tmp" "$out"
echo "Tables written to $out"
exit $status
