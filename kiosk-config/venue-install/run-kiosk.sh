#!/usr/bin/env bash
# Starts the kiosk jar from the install folder with a Java 21 or newer.
set -euo pipefail
cd "$(dirname "$0")"
java_bin=""
for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
  [ -x "$candidate" ] || continue
  major=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  if [ "${major%%.*}" -ge 21 ] 2>/dev/null; then java_bin=$candidate; break; fi
done
if [ -z "$java_bin" ]; then
  echo "The kiosk needs Java 21 or newer: sudo apt-get install openjdk-21-jre-headless" >&2
  exit 1
fi
exec "$java_bin" ${KIOSK_JAVA_OPTS:--Xmx512m} -jar drop-in-kiosk.jar \
  --kiosk.config-dir=./kiosk-config --kiosk.data-dir=./data "$@"
