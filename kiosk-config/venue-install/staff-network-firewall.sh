#!/usr/bin/env bash
# Opens the staff network's port in the PC's firewall when kiosk.yml turns the staff network on,
# and closes it again when it is off. Run as root by install.sh:
#   staff-network-firewall.sh /opt/drop-in-kiosk/kiosk-config/kiosk.yml
#   staff-network-firewall.sh --show kiosk.yml   (only prints the setting it read: "enabled=true port=8443")
set -euo pipefail
show=false
if [ "${1:-}" = "--show" ]; then show=true; shift; fi
yml=${1:?which kiosk.yml}

# Reads kiosk.staff-network.enabled and .port from kiosk.yml, written the way kiosk.yml is:
#   kiosk:
#     staff-network:
#       enabled: true
#       port: 8443
read -r enabled port < <(awk '
  { sub(/\r$/, ""); line = $0; sub(/[ \t]+#.*$/, "", line) }
  line ~ /^[^ \t#]/ { top = line; inblock = 0 }
  top ~ /^kiosk:/ && line ~ /^  staff-network:[ \t]*$/ { inblock = 1; next }
  inblock && line ~ /^  [^ ]/ { inblock = 0 }
  inblock && line ~ /^    enabled:/ { v = line; sub(/^    enabled:[ \t]*/, "", v); gsub(/["\047 \t]/, "", v); enabled = tolower(v) }
  inblock && line ~ /^    port:/ { v = line; sub(/^    port:[ \t]*/, "", v); gsub(/["\047 \t]/, "", v); port = v }
  END { print (enabled == "" ? "false" : enabled), (port == "" ? "8443" : port) }
' "$yml")
case "$port" in (*[!0-9]*|"") echo "kiosk.staff-network.port in $yml is not a number: the firewall is left as it is." >&2; exit 1;; esac

if $show; then echo "enabled=$enabled port=$port"; exit 0; fi

kept=$(dirname "$yml")/../.staff-network-firewall-port   # the port an earlier run opened (root's, not in the kiosk's data)
if [ "$enabled" = "true" ]; then
  if command -v ufw >/dev/null 2>&1; then
    ufw allow "$port"/tcp comment 'Drop-in Kiosk staff network' >/dev/null
    echo "Firewall (ufw): port $port is open for the staff network."
  elif command -v nft >/dev/null 2>&1 && nft list chain inet filter input >/dev/null 2>&1; then
    nft list chain inet filter input | grep -q "tcp dport $port accept" \
      || nft insert rule inet filter input tcp dport "$port" accept comment '"Drop-in Kiosk staff network"'
    echo "Firewall (nftables): port $port is open for the staff network until the PC restarts." \
         "To keep it open, add the line 'tcp dport $port accept' to the input chain in /etc/nftables.conf."
  else
    echo "No firewall found (ufw or nftables): nothing to open. Port $port can be reached from the venue's network."
  fi
  echo "$port" > "$kept"
else
  if [ -f "$kept" ]; then
    old=$(cat "$kept")
    if command -v ufw >/dev/null 2>&1; then ufw delete allow "$old"/tcp >/dev/null 2>&1 || true; fi
    if command -v nft >/dev/null 2>&1; then
      handle=$(nft -a list chain inet filter input 2>/dev/null | awk -v p="tcp dport $old accept" 'index($0, p) { print $NF }' | head -n 1)
      [ -z "$handle" ] || nft delete rule inet filter input handle "$handle"
    fi
    rm -f "$kept"
    echo "Firewall: port $old is closed again (the staff network is off)."
  else
    echo "The staff network is off: no port is opened in the firewall."
  fi
fi
