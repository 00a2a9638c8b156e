#!/usr/bin/env bash
# promtool and prometheus come from Debian's `prometheus` package (2.42 on bookworm), never a downloaded
# build. Used by tests/run-all.sh (rule checks) and the real-scrape integration test.
set -euo pipefail
if [[ -x /usr/bin/promtool && -x /usr/bin/prometheus ]]; then exit 0; fi
echo "[test] installing Debian's prometheus package (promtool, prometheus)"
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
# The package lists may be absent on a fresh machine: without them apt finds nothing to install.
as_root apt-get install -y --no-install-recommends prometheus ||
  { as_root apt-get update -qq && as_root apt-get install -y --no-install-recommends prometheus; }
# The package's service is not wanted: the tests start their own Prometheus on a free loopback port.
if command -v systemctl >/dev/null && systemctl is-active --quiet prometheus 2>/dev/null; then
  as_root systemctl stop prometheus || true
fi
[[ -x /usr/bin/promtool ]] || { echo "[test] promtool still missing after installing prometheus" >&2; exit 1; }
