#!/usr/bin/env bash
# Starts the kiosk with a Java 21 or newer, fast: the jar is unpacked once into a start-up cache
# together with a class cache made by one training start (docs/decisions/915-start-up-cache.md).
#   run-kiosk.sh             start the kiosk (makes the cache first if the jar or the Java is new)
#   run-kiosk.sh --prepare   only make the cache (install.sh does this, so the first start is fast)
# Settings by environment (all optional; systemd reads them from /etc/default/drop-in-kiosk):
#   KIOSK_JAVA_OPTS  Java options (default below)    KIOSK_JAR    the jar (default ./drop-in-kiosk.jar)
#   KIOSK_CONFIG_DIR settings folder (./kiosk-config) KIOSK_DATA_DIR data folder (./data)
#   KIOSK_CACHE_DIR  start-up cache (./cache)         KIOSK_MORE_JAVA_OPTS added after the others
set -euo pipefail
cd "$(dirname "$0")"
java_bin=""
for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
  [ -x "$candidate" ] || continue
  settings=$("$candidate" -XshowSettings:properties -version 2>&1)
  major=$(awk -F'= ' '/java.specification.version/ {print $2}' <<< "$settings")
  if [ "${major%%.*}" -ge 21 ] 2>/dev/null; then java_bin=$candidate; break; fi
done
if [ -z "$java_bin" ]; then
  echo "The kiosk needs Java 21 or newer: sudo apt-get install openjdk-21-jre-headless" >&2
  exit 1
fi
major=${major%%.*}
# Serial GC: one small heap, no GC threads competing with the browser for a venue PC's 2 cores.
java_opts=(${KIOSK_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx512m -Xss512k})
more_opts=(${KIOSK_MORE_JAVA_OPTS:-})
jar=${KIOSK_JAR:-./drop-in-kiosk.jar}
cache=${KIOSK_CACHE_DIR:-./cache}
config_dir=${KIOSK_CONFIG_DIR:-./kiosk-config}
app_args=(--kiosk.config-dir="$config_dir" --kiosk.data-dir="${KIOSK_DATA_DIR:-./data}")

# JDK 25 and newer keep loaded and linked classes and method profiles (AOT cache, JEP 483/515);
# 21 to 24 keep loaded classes (dynamic CDS archive). Either is tied to this jar and this Java.
if [ "$major" -ge 25 ]; then
  cache_file=kiosk.aot; make_flag=-XX:AOTCacheOutput; use_flag=-XX:AOTCache; quiet=-Xlog:aot*=error,cds*=error
else
  cache_file=kiosk.jsa; make_flag=-XX:ArchiveClassesAtExit; use_flag=-XX:SharedArchiveFile; quiet=-Xlog:cds*=error
fi
stamp="$cache/made-for"
# The Java's exact build, from the settings already read above (no second start of a JVM).
wanted="$(cksum < "$jar") $(grep -E 'java\.(vm|runtime)\.version|java\.home' <<< "$settings" | tr -s ' \n' ' ') ${java_opts[*]}"

prepare() {
  echo "Making the start-up cache in $cache (once after an install or update; about a minute)."
  local fresh="$cache.new" training
  rm -rf "$fresh" && mkdir -p "$fresh"
  "$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$fresh/app" >/dev/null
  training=$(mktemp -d)
  # One training start on an empty data folder, ended as soon as everything is built.
  if ! "$java_bin" "${java_opts[@]}" "$make_flag=$fresh/$cache_file" "$quiet" -Dspring.context.exit=onRefresh \
      -jar "$fresh/app/$(basename "$jar")" --server.port=0 --kiosk.config-dir="$config_dir" \
      --kiosk.data-dir="$training" --logging.level.root=warn >"$fresh/training.log" 2>&1 || [ ! -f "$fresh/$cache_file" ]; then
    echo "The training start failed (see $cache/training.log); the kiosk starts without the class cache." >&2
    rm -f "$fresh/$cache_file"
  fi
  # Made for this jar, Java and options even without a class cache: a failed training is not retried on every start.
  echo "$wanted" > "$fresh/made-for"
  rm -rf "$training" "$cache"
  mv "$fresh" "$cache"
}

if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  prepare
fi
[ "${1:-}" = "--prepare" ] && exit 0
use_cache=("$use_flag=$cache/$cache_file")
[ -f "$cache/$cache_file" ] || use_cache=()
exec "$java_bin" "${java_opts[@]}" "${more_opts[@]}" "${use_cache[@]}" "$quiet" \
  -jar "$cache/app/$(basename "$jar")" "${app_args[@]}" "$@"
