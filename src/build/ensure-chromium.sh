#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. Install it when it is missing and we are allowed to.
set -u
for c in "${KIOSK_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$c" ] && [ -x "$c" ]; then exit 0; fi
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package for the browser tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1
  [ -x /usr/bin/chromium ] && exit 0
fi
echo "The browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium) or set KIOSK_CHROMIUM to its path." >&2
exit 1
