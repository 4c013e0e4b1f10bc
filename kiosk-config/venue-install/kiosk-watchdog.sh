#!/usr/bin/env bash
# Asks the kiosk's health endpoint; after FAILURES_ALLOWED failed checks in a row it restarts the
# kiosk. A kiosk that is still starting (less than STARTUP_GRACE seconds old) is left alone.
set -u
URL=${KIOSK_HEALTH_URL:-http://127.0.0.1:8080/actuator/health}
SERVICE=${KIOSK_SERVICE:-drop-in-kiosk.service}
FAILURES_ALLOWED=${KIOSK_FAILURES_ALLOWED:-3}
STARTUP_GRACE=${KIOSK_STARTUP_GRACE:-90}
STATE=${KIOSK_WATCHDOG_STATE:-/run/drop-in-kiosk-watchdog.failures}

if curl -fsS --max-time 10 "$URL" 2>/dev/null | grep -q '"status":"UP"'; then
  echo 0 > "$STATE"
  exit 0
fi

started=$(systemctl show -p ActiveEnterTimestampMonotonic --value "$SERVICE" 2>/dev/null || echo 0)
now=$(awk '{printf "%d", $1 * 1000000}' /proc/uptime)
if [ "${started:-0}" -gt 0 ] && [ $(( (now - started) / 1000000 )) -lt "$STARTUP_GRACE" ]; then
  exit 0
fi

failures=$(( $(cat "$STATE" 2>/dev/null || echo 0) + 1 ))
echo "$failures" > "$STATE"
echo "Kiosk health check failed ($failures of $FAILURES_ALLOWED allowed) at $URL"
if [ "$failures" -ge "$FAILURES_ALLOWED" ]; then
  echo "Restarting $SERVICE"
  echo 0 > "$STATE"
  systemctl restart "$SERVICE"
fi
exit 0
