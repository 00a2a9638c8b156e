#!/usr/bin/env bash
# Renders the Kubernetes base and every overlay with kustomize and validates each rendered set against
# the Kubernetes API schemas (npm kubernetes-models, @kubernetes-models/keda) plus the cross-object
# checks of validate-manifests.mjs; then asks a Compose implementation to parse and resolve
# deploy/compose/docker-compose.yml. Tools come from Debian's packages where absent: kubernetes-client
# (kubectl 1.20 with kustomize 2.0.3) and docker-compose (1.29). Exit 1 names what failed.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT" || exit 1
failed=0
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y --no-install-recommends "$@" ||
    { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y --no-install-recommends "$@"; }
}

if ! kubectl kustomize --help >/dev/null 2>&1; then
  echo "[manifests] installing Debian's kubernetes-client for kubectl kustomize"
  apt_install kubernetes-client >/dev/null || true
fi
if kubectl kustomize --help >/dev/null 2>&1; then
  for dir in deploy/kubernetes/base deploy/kubernetes/overlays/*/; do
    dir="${dir%/}"
    rendered="$(mktemp)"
    if ! kubectl kustomize "$dir" >"$rendered" 2>"$rendered.err"; then
      echo "[manifests] kustomize could not render $dir:"; sed 's/^/  /' "$rendered.err"; failed=1
    elif ! node deploy/scripts/validate-manifests.mjs "$dir" <"$rendered"; then
      failed=1
    fi
    rm -f "$rendered" "$rendered.err"
  done
else
  echo "[manifests] no kubectl kustomize here (Debian's kubernetes-client did not install): manifests NOT validated"
  failed=1
fi

compose=()
if docker compose version >/dev/null 2>&1; then compose=(docker compose);
elif command -v docker-compose >/dev/null; then compose=(docker-compose);
else
  echo "[manifests] installing Debian's docker-compose for 'config'"
  apt_install docker-compose >/dev/null && compose=(docker-compose)
fi
if ((${#compose[@]})); then
  # .env.example stands in for the site's .env (placeholders only); config resolves and validates.
  if (cd deploy/compose && "${compose[@]}" --env-file .env.example config -q); then
    echo "deploy/compose/docker-compose.yml: valid for ${compose[*]} ($("${compose[@]}" version --short 2>/dev/null || true))"
  else
    echo "[manifests] ${compose[*]} config refused deploy/compose/docker-compose.yml"; failed=1
  fi
else
  echo "[manifests] no Compose implementation could be had: docker-compose.yml NOT validated"
  failed=1
fi
exit "$failed"
