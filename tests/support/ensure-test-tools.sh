#!/usr/bin/env bash
# Tools the integration tests drive besides node: kcat (librdkafka's producer, Debian package) and
# Kafka's console producer (the Java client), to write compressed record batches the way other
# clients do. Installs what is missing; safe to run again. Prints the tools' paths.
#   ensure-test-tools.sh          install kcat where absent, fetch the kafka-tools jars once
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
POM="$ROOT/deploy/local/kafka-tools/pom.xml"
VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$ROOT/deploy/local/kafka/pom.xml")"
LIB="$ROOT/deploy/local/.cache/kafka-tools-$VERSION/lib"

say() { echo "[test-tools] $*"; }

if ! command -v kcat >/dev/null; then
  if command -v apt-get >/dev/null && [[ "$(id -u)" == 0 ]]; then
    say "installing kcat (Debian package)"
    apt-get install -y -q kcat >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q kcat >/dev/null; }
  else
    say "kcat is missing and cannot be installed here (needs root and apt-get): apt-get install -y kcat" >&2
    exit 1
  fi
fi
say "kcat: $(command -v kcat)"

if [[ ! -f "$LIB/.complete" ]]; then
  command -v mvn >/dev/null || { say "mvn is needed to fetch the Kafka tools jars (apt-get install -y maven)" >&2; exit 1; }
  partial="$LIB.partial"
  rm -rf "$partial"
  mkdir -p "$partial"
  say "fetching the Kafka $VERSION tools classpath from Maven Central (first run only)"
  mvn -B -q -f "$POM" -Dkafka.version="$VERSION" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$partial" \
    >"$partial.log" 2>&1 || { tail -n 20 "$partial.log" >&2; exit 1; }
  touch "$partial/.complete"
  rm -rf "$LIB"
  mv "$partial" "$LIB"
fi
say "kafka tools: $LIB"
