#!/usr/bin/env bash
# The console's browser specs drive Debian's Chromium through playwright-core; never a downloaded browser.
set -euo pipefail
if [[ ! -x /usr/bin/chromium ]]; then
  echo "[test] installing Debian's chromium for the console's browser specs"
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y chromium; else sudo apt-get install -y chromium; fi
fi
