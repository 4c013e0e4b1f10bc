#!/usr/bin/env bash
# Opens Chromium full screen on the kiosk once the app answers, and opens it again if it is closed.
set -u
URL=${KIOSK_URL:-http://localhost:8080}
for browser in chromium chromium-browser google-chrome; do
  command -v "$browser" >/dev/null 2>&1 && break
done
# Wait (up to 3 minutes) for the app, so the first screen is the kiosk and not an error page.
for _ in $(seq 1 180); do
  curl -fs --max-time 2 "$URL/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
# No screen saver or blanking on the kiosk screen.
command -v xset >/dev/null 2>&1 && { xset s off; xset -dpms; xset s noblank; } 2>/dev/null
while true; do
  "$browser" \
    --kiosk "$URL" \
    --incognito \
    --no-first-run \
    --noerrdialogs \
    --disable-infobars \
    --disable-session-crashed-bubble \
    --disable-features=Translate,TranslateUI,InfiniteSessionRestore \
    --disable-pinch \
    --overscroll-history-navigation=0 \
    --autoplay-policy=no-user-gesture-required \
    --check-for-update-interval=31536000 \
    --disable-component-update \
    --disable-background-networking \
    --disable-sync \
    --password-store=basic \
    --no-default-browser-check \
    --disable-print-preview 2>/dev/null
  sleep 2
done
