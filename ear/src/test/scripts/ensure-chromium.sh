#!/usr/bin/env bash
# Makes sure Debian's Chromium headless shell and chromedriver are present for the browser tests: installs them with
# apt when missing (as root), otherwise fails loudly. Browser tests never download a browser of their own.
#
#   ensure-chromium.sh          before the integration tests: install if missing (waiting for an install already
#                               under way), or fail with the reason
#   ensure-chromium.sh --early  when the build starts: begin that install in the background and return at once, so
#                               that it overlaps the compiling instead of delaying the tests (a fresh CI machine)
set -euo pipefail
present() { [ -x /usr/lib/chromium/chromium-headless-shell ] && [ -x /usr/bin/chromedriver ]; }
can_install() { [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 && command -v flock >/dev/null 2>&1; }
lock="${TMPDIR:-/tmp}/tdkt-chromium-install.lock"

if [ "${1:-}" = --early ]; then
  if [ "${TDKT_SKIP_TESTS:-}" != true ] && ! present && can_install; then
    log="${TMPDIR:-/tmp}/tdkt-chromium-install.log"
    echo "Installing Chromium for the browser tests in the background (log: $log)"
    setsid nohup bash "$0" >"$log" 2>&1 </dev/null &
  fi
  exit 0
fi

present && exit 0
if ! can_install; then
  echo "Browser tests need /usr/lib/chromium/chromium-headless-shell and /usr/bin/chromedriver (Debian packages chromium-headless-shell and chromium-driver)." >&2
  echo "Install them: sudo apt-get install -y chromium-headless-shell chromium-driver" >&2
  exit 1
fi
# One install at a time: the second caller waits for the first and then finds the browser there.
exec 9>"$lock"
flock 9
present && exit 0
echo "Installing Debian packages chromium-headless-shell and chromium-driver for the browser tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium-headless-shell chromium-driver >/dev/null
/usr/lib/chromium/chromium-headless-shell --version
