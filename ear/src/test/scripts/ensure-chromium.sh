#!/usr/bin/env bash
# Makes sure Debian's Chromium and chromedriver are present for the browser tests: installs them with apt when
# missing (as root), otherwise fails loudly. Browser tests never download a browser of their own.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Browser tests need /usr/bin/chromium and /usr/bin/chromedriver (Debian packages chromium and chromium-driver)." >&2
  echo "Install them: sudo apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
echo "Installing Debian packages chromium and chromium-driver for the browser tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromium --version
