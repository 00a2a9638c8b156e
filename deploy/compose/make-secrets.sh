#!/usr/bin/env bash
# Makes the credentials docker-compose.yml needs, once: random keys and tokens, the raw ones in
# secrets/ for Prometheus and the callers, only their SHA-256 hashes in .env for the apps.
# Refuses to overwrite an existing .env or secrets/ file, so a second run never locks clients out.
#
#   ./make-secrets.sh            write .env and secrets/ next to this script
#
# Rotating one credential: add a second hash to its list in .env (both are accepted), restart,
# move the callers to the new value, then remove the old hash and restart again.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SECRETS="$HERE/secrets"
ENV_FILE="$HERE/.env"

for file in "$ENV_FILE" "$SECRETS/intake-metrics.key" "$SECRETS/screener-metrics.token" "$SECRETS/intake-submitter.key"; do
  if [[ -e "$file" ]]; then
    echo "make-secrets: $file exists already; delete it first to make new credentials" >&2
    exit 1
  fi
done

random_secret() { head -c 30 /dev/urandom | base64 | tr -d '/+=\n'; }
sha256_hex() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }

submitter_key="$(random_secret)"
intake_metrics_key="$(random_secret)"
screener_metrics_token="$(random_secret)"

mkdir -p "$SECRETS"
# The folder keeps other host users out; the files are world-readable because Prometheus reads them
# as its own container user (nobody), through a bind mount that bypasses the folder's mode.
chmod 700 "$SECRETS"
(umask 022
  printf '%s' "$submitter_key" >"$SECRETS/intake-submitter.key"
  printf '%s' "$intake_metrics_key" >"$SECRETS/intake-metrics.key"
  printf '%s' "$screener_metrics_token" >"$SECRETS/screener-metrics.token")

(umask 077
  cat >"$ENV_FILE" <<ENV
# Made by make-secrets.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ). Not committed. See .env.example for every variable.
REDIS_PASSWORD=$(random_secret)
GRAFANA_ADMIN_PASSWORD=$(random_secret)
INTAKE_API_KEYS=clearance-gateway:submitter:$(sha256_hex "$submitter_key"),prometheus:metrics:$(sha256_hex "$intake_metrics_key")
METRICS_TOKEN_SHA256=$(sha256_hex "$screener_metrics_token")
COMPOSE_PROJECT_NAME=salw-screen
ENV
)

echo "wrote $ENV_FILE (hashes, Redis and Grafana passwords) and $SECRETS/:"
echo "  intake-submitter.key    give to the clearance system: Authorization: Bearer <key> on POST /v1/declarations"
echo "  intake-metrics.key      read by Prometheus to scrape the intake"
echo "  screener-metrics.token  read by Prometheus to scrape the screeners"
echo "Grafana: user admin, password GRAFANA_ADMIN_PASSWORD in .env"
