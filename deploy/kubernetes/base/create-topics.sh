#!/bin/sh
# Creates the salw-screen contract topics if missing and checks their partition counts.
# Settings mirror libs/messaging/src/topics/contract-topic-specs.ts (the single-broker stack
# provisions from that code; keep both in step when a topic setting changes).
#   KAFKA_BOOTSTRAP        host:port,...            (required)
#   KAFKA_TOPIC_PREFIX     prefix of every topic    (default none)
#   REPLICATION_FACTOR     3 on a real cluster      (default 3)
#   MIN_INSYNC_REPLICAS    2 with RF 3              (default 2)
#   DECLARATION_PARTITIONS upper bound of screener replicas (default 6)
#   KAFKA_TOPICS           the kafka-topics.sh to run (default /opt/kafka/bin/kafka-topics.sh)
set -eu

bootstrap="${KAFKA_BOOTSTRAP:?KAFKA_BOOTSTRAP must name the brokers (host:port,...)}"
prefix="${KAFKA_TOPIC_PREFIX:-}"
rf="${REPLICATION_FACTOR:-3}"
isr="${MIN_INSYNC_REPLICAS:-2}"
kafka_topics="${KAFKA_TOPICS:-/opt/kafka/bin/kafka-topics.sh}"
client_config=/etc/salw/kafka-client/client.properties

run_topics() {
  if [ -f "$client_config" ]; then
    "$kafka_topics" --bootstrap-server "$bootstrap" --command-config "$client_config" "$@"
  else
    "$kafka_topics" --bootstrap-server "$bootstrap" "$@"
  fi
}

# ensure NAME PARTITIONS RETENTION_MS MAX_MESSAGE_BYTES
ensure() {
  topic="$prefix$1"
  planned="$2"
  set -- --config "retention.ms=$3" --config "max.message.bytes=$4"
  run_topics --create --if-not-exists --topic "$topic" --partitions "$planned" \
    --replication-factor "$rf" --config "min.insync.replicas=$isr" --config cleanup.policy=delete "$@"
  actual="$(run_topics --describe --topic "$topic" | sed -n 's/.*PartitionCount: *\([0-9][0-9]*\).*/\1/p' | head -n 1)"
  if [ -z "$actual" ]; then
    echo "topic $topic: not found after creation" >&2
    exit 1
  fi
  if [ "$actual" -lt "$planned" ]; then
    echo "topic $topic: only $actual partitions, planned $planned (kafka-topics.sh --alter --partitions $planned)" >&2
    exit 1
  fi
  echo "topic $topic: $actual partitions"
}

# Retention: declarations 7 days, dead letters 30 (they wait for a person), results and alerts 90
# (the audit trail), outcomes 365. Declarations allow 2 MiB so a declaration over the contract's
# 1 MiB reaches the screener and is dead-lettered instead of bouncing off the broker; the DLQ adds
# 64 KiB for the x-dlq-* headers. Results and alerts are bounded by design well below their 2 MiB;
# every topic states its limit so none depends on the broker's default.
ensure salw.declarations.v1 "${DECLARATION_PARTITIONS:-6}" 604800000 2097152
ensure salw.declarations.dlq.v1 1 2592000000 2162688
ensure salw.screening-results.v1 3 7776000000 2097152
ensure salw.alerts.v1 3 7776000000 2097152
ensure salw.alert-outcomes.v1 3 31536000000 1048576
