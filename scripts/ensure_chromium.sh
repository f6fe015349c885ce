#!/usr/bin/env bash
# Make sure Debian's chromium (and a CJK font, so screenshots show Chinese) exist for the browser tests
# (tests/browser, driven by Playwright without a browser download). Installs the packages only when missing,
# we are root and apt-get exists. Otherwise does nothing (the browser tests then skip, saying why).
set -euo pipefail

CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
packages=()
[ -x "$CHROMIUM" ] || packages+=(chromium)
if ! { command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .; }; then
  packages+=(fonts-noto-cjk)
fi
if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi
# shellcheck source=scripts/apt_install.sh
. "$(dirname "$0")/apt_install.sh"
if ! apt_install ensure_chromium "${packages[@]}"; then
  echo "ensure_chromium: the browser tests will be skipped if chromium is absent." >&2
  exit 0
fi
[ -x "$CHROMIUM" ] || { echo "ensure_chromium: chromium installed but $CHROMIUM not found" >&2; exit 1; }
