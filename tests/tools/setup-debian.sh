#!/usr/bin/env bash
# Installs what Bridgedesk needs on Debian/Ubuntu, skipping what is already there:
#   system libraries for Tauri 2 (WebKitGTK 4.1), Xvfb and WebKitWebDriver for the UI tests,
#   fonts with CJK and Arabic glyphs, the system certificate store the mail client trusts
#   (ca-certificates), D-Bus for the Secret Service keychain (libdbus-1-dev; dbus-daemon and
#   gnome-keyring for its test), the UI's npm packages, tauri-driver, and the real mail
#   servers the e-mail tests start privately (Dovecot IMAP/LMTP, Postfix) plus mbsync (isync)
#   for the mail benchmark; their system instances stay stopped (Debian's policy-rc.d).
# Usage: tests/tools/setup-debian.sh [--app-only]
#   --app-only  only what running the app needs (no test drivers).
set -euo pipefail
cd "$(dirname "$0")/../.."

app_only=no
[ "${1:-}" = "--app-only" ] && app_only=yes

packages=(libwebkit2gtk-4.1-dev libsoup-3.0-dev libayatana-appindicator3-dev librsvg2-dev
          build-essential pkg-config curl file fonts-noto-core fonts-noto-cjk ca-certificates
          libdbus-1-dev)
if [ "$app_only" = no ]; then
  packages+=(webkit2gtk-driver xvfb xauth imagemagick dbus-x11)
  packages+=(dovecot-imapd dovecot-lmtpd postfix isync)
  # A private session bus and GNOME Keyring for the Secret Service keychain test.
  packages+=(dbus-daemon gnome-keyring)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  # Postfix asks how to configure the system instance: "No configuration" (the tests run
  # their own private instance).
  echo "postfix postfix/main_mailer_type select No configuration" | $sudo_cmd debconf-set-selections
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v cargo >/dev/null || { echo "Rust is missing: install it from https://rustup.rs and run this again." >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js 20.19+ and npm are missing: install them and run this again." >&2; exit 1; }

# The UI's packages, exactly as locked.
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "$app_only" = no ]; then
  if [ ! -d tests/e2e/node_modules ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  fi
  if ! command -v tauri-driver >/dev/null; then
    echo "Installing tauri-driver"
    cargo install tauri-driver --version "^2" --locked --quiet
  fi
fi
