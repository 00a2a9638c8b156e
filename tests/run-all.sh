#!/usr/bin/env bash
# What `npm test` runs: the Prometheus rule checks (promtool check + unit tests of the alert rules),
# the manifest checks (kustomize renders validated against Kubernetes schemas, compose config), the
# unit project, the evaluation bars (detection quality on generated sets and
# the real UN list, no services), then the integration project against the local stack
# (deploy/local/stack.sh). All three always run; the exit code fails if any failed.
#
# Teardown stops only what a test run started. Several runs may share this checkout and the one
# broker on 127.0.0.1:9092, so each run holds a lease while it tests; components that test runs
# started are stopped by whichever run finishes last. A stack brought up by hand stays up.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1

STACK="$ROOT/deploy/local/stack.sh"
LEASES="$ROOT/deploy/local/.run/test-runs"
OWED="$LEASES/owed-teardown"
# Per-run jest reports, so concurrent runs do not read each other's counts.
REPORTS="$(mktemp -d)"

rules_rc=not-run
manifests_rc=not-run
unit_rc=not-run
evaluation_rc=not-run
integration_rc=not-run
stack_rc=0
lease_taken=0
started_now=""

banner() { printf '\n===== %s =====\n' "$*"; }

# Prints "passed failed skipped" from a jest --json report, or nothing if the report is unreadable.
counts() {
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests);
  ' "$1" 2>/dev/null || true
}

verdict() {
  case "$1" in
    0) echo PASSED ;;
    not-run) echo 'NOT RUN' ;;
    *) echo "FAILED (exit $1)" ;;
  esac
}

with_lease_lock() {
  mkdir -p "$LEASES"
  (
    flock -w 600 8 || { echo "[test] could not lock $LEASES/.lock within 10 minutes" >&2; exit 1; }
    "$@"
  ) 8>"$LEASES/.lock"
}

take_lease() { echo "$$" >"$LEASES/$$"; }

release_lease() {
  # Recorded only now: while this run holds its lease no other run tears anything down anyway.
  if [[ -n "$started_now" && -f "$started_now" ]]; then
    cat "$started_now" >>"$OWED"
    rm -f "$started_now"
  fi
  rm -f "$LEASES/$$"
  local lease others=0
  for lease in "$LEASES"/[0-9]*; do
    [[ -e "$lease" ]] || continue
    if kill -0 "$(basename "$lease")" 2>/dev/null; then
      others=$((others + 1))
    else
      rm -f "$lease"
    fi
  done
  if [[ ! -s "$OWED" ]]; then
    echo "[test] stack: nothing was started by a test run; leaving it as found"
  elif ((others > 0)); then
    echo "[test] stack: $others other test run(s) still use it; the last one tears it down"
  else
    local components
    mapfile -t components < <(sort -u "$OWED")
    echo "[test] stack: stopping what test runs started: ${components[*]}"
    bash "$STACK" down "${components[@]}"
    rm -f "$OWED"
  fi
}

finish() {
  local rc=$?
  trap - EXIT INT TERM
  if ((lease_taken)); then
    banner "teardown"
    with_lease_lock release_lease
  fi

  banner "summary"
  local passed=0 failed=0 skipped=0 project file numbers
  for project in unit evaluation integration; do
    file="$REPORTS/jest-$project.json"
    numbers="$(counts "$file")"
    if [[ -n "$numbers" ]]; then
      read -r p f s <<<"$numbers"
      passed=$((passed + p))
      failed=$((failed + f))
      skipped=$((skipped + s))
    fi
  done
  echo "rules:       $(verdict "$rules_rc")"
  echo "manifests:   $(verdict "$manifests_rc")"
  echo "unit:        $(verdict "$unit_rc")"
  echo "evaluation:  $(verdict "$evaluation_rc")"
  echo "integration: $(verdict "$integration_rc")"
  ((stack_rc == 0)) || echo "stack:       FAILED to come up (exit $stack_rc)"
  echo "tests: $passed passed, $failed failed, $skipped skipped"
  rm -rf "$REPORTS"

  if [[ "$rules_rc" == 0 && "$manifests_rc" == 0 && "$unit_rc" == 0 && "$evaluation_rc" == 0 && "$integration_rc" == 0 && $stack_rc == 0 && $rc == 0 ]]; then
    exit 0
  fi
  ((rc != 0)) && exit "$rc"
  exit 1
}
trap finish EXIT
trap 'echo "[test] interrupted"; exit 130' INT
trap 'echo "[test] terminated"; exit 143' TERM

if [[ ! -x node_modules/.bin/jest || ! -d node_modules/kafkajs ]]; then
  banner "node_modules missing: npm ci"
  npm ci || exit 1
fi

bash "$ROOT/deploy/scripts/ensure-chromium.sh" || echo "[test] chromium unavailable: the console's browser specs will fail"

banner "prometheus rules (promtool)"
# A unit-level step: no services. promtool comes from Debian's prometheus package; without it the step
# fails and says so rather than passing unchecked.
if bash "$ROOT/deploy/scripts/ensure-prometheus.sh"; then
  (cd "$ROOT/deploy/prometheus" && promtool check rules alert-rules.yml && promtool test rules alert-rules.test.yml)
  rules_rc=$?
else
  echo "[test] promtool cannot be had (Debian's prometheus package did not install): the alert rules are NOT checked"
  rules_rc=1
fi

banner "manifests (kustomize + Kubernetes schemas, compose config)"
bash "$ROOT/deploy/scripts/check-manifests.sh"
manifests_rc=$?

banner "unit tests"
npx jest --selectProjects unit --json --outputFile="$REPORTS/jest-unit.json"
unit_rc=$?

banner "evaluation bars"
npx jest --selectProjects evaluation --json --outputFile="$REPORTS/jest-evaluation.json"
evaluation_rc=$?

banner "local stack"
started_now="$(mktemp)"
with_lease_lock take_lease && lease_taken=1
SALW_STACK_STARTED_OUT="$started_now" bash "$STACK" up
stack_rc=$?

if ((stack_rc == 0)); then
  banner "test tools"
  # kcat and Kafka's console producer write the compressed batches of the codec tests.
  bash "$ROOT/tests/support/ensure-test-tools.sh" || echo "[test] test tools missing: the compressed-input tests will fail"
  banner "integration tests"
  npx jest --selectProjects integration --runInBand --json --outputFile="$REPORTS/jest-integration.json"
  integration_rc=$?
else
  echo "[test] the local stack did not come up; integration tests not run"
fi
