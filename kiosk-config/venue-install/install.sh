#!/usr/bin/env bash
# Installs the kiosk on a Debian or Ubuntu venue PC. Run as root from the project folder after
# "./mvnw -B package -DskipTests":   sudo bash kiosk-config/venue-install/install.sh
# Safe to run again after an update: it keeps the venue's kiosk-config and data.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
target=${KIOSK_HOME:-/opt/drop-in-kiosk}
jar=$(ls "$project"/target/drop-in-kiosk-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
[ "$(id -u)" = 0 ] || { echo "Run this as root (sudo)." >&2; exit 1; }
[ -n "$jar" ] || { echo "No kiosk jar in target/: run ./mvnw -B package -DskipTests first." >&2; exit 1; }

id kiosk >/dev/null 2>&1 || useradd --create-home --shell /bin/bash kiosk
install -d -o kiosk -g kiosk "$target" "$target/data" "$target/docs"
install -o kiosk -g kiosk -m 644 "$jar" "$target/drop-in-kiosk.jar"
install -o root -g root -m 755 "$here"/run-kiosk.sh "$here"/kiosk-watchdog.sh "$here"/kiosk-browser.sh \
  "$here"/staff-network-firewall.sh "$target/"
[ -d "$target/kiosk-config" ] || cp -r "$project/kiosk-config" "$target/kiosk-config"
chown -R kiosk:kiosk "$target/kiosk-config"
cp "$project"/docs/venue-install.md "$target/docs/" 2>/dev/null || true

# The start-up cache (unpacked jar and class cache) is made now, with the service's own Java and
# settings, so the kiosk's first start after this is as fast as every later one.
systemctl stop drop-in-kiosk.service 2>/dev/null || true
runuser -u kiosk -- env JAVA_HOME=/usr/lib/jvm/default-java \
  $( [ -f /etc/default/drop-in-kiosk ] && grep -E '^[A-Z_]+=' /etc/default/drop-in-kiosk | tr '\n' ' ' ) \
  "$target/run-kiosk.sh" --prepare

install -m 644 "$here"/drop-in-kiosk.service "$here"/drop-in-kiosk-watchdog.service \
  "$here"/drop-in-kiosk-watchdog.timer /etc/systemd/system/
systemctl daemon-reload
# The staff network's port is opened only when kiosk.yml turns it on (and closed again when it is off).
"$target/staff-network-firewall.sh" "$target/kiosk-config/kiosk.yml" || true
systemctl enable --now drop-in-kiosk.service drop-in-kiosk-watchdog.timer

autostart=/home/kiosk/.config/autostart
install -d -o kiosk -g kiosk /home/kiosk/.config "$autostart"
install -o kiosk -g kiosk -m 644 "$here"/drop-in-kiosk-browser.desktop "$autostart/"
echo "Installed in $target. Log in as 'kiosk' on the screen (or set automatic login) to start the browser."
