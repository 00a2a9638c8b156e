#!/usr/bin/env bash
# The local stack without Docker: a single-node KRaft Apache Kafka broker assembled from Maven
# Central jars (127.0.0.1:9092, controller 127.0.0.1:9093) and Redis (127.0.0.1:6379), plus the
# contract topics. Facts and the version choice: deploy/local/README.md.
#
#   stack.sh up                 start what is missing, reuse what already answers, create topics
#   stack.sh down [kafka|redis] stop what `up` started (all of it unless components are named)
#   stack.sh status             print broker, Redis and topic state; exit 0 only when all are up
#
# `up` appends the names of the components it started in this call to the file named by
# SALW_STACK_STARTED_OUT, if set (tests/run-all.sh uses that to tear down only its own).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

KAFKA_HOST=127.0.0.1
KAFKA_PORT=9092
CONTROLLER_PORT=9093
REDIS_HOST=127.0.0.1
REDIS_PORT=6379
KAFKA_READY_TIMEOUT="${SALW_KAFKA_READY_TIMEOUT:-90}"
KAFKA_HEAP="${SALW_KAFKA_HEAP:-512m}"

KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$HERE/kafka/pom.xml")"
CACHE_DIR="$HERE/.cache/kafka-$KAFKA_VERSION"
LIB_DIR="$CACHE_DIR/lib"
RUN_DIR="$HERE/.run"
KAFKA_RUN="$RUN_DIR/kafka-$KAFKA_VERSION"
KAFKA_PID_FILE="$KAFKA_RUN/kafka.pid"
KAFKA_LOG="$KAFKA_RUN/logs/server.log"
KAFKA_OUT="$KAFKA_RUN/logs/kafka.out"
REDIS_RUN="$RUN_DIR/redis"
REDIS_PID_FILE="$REDIS_RUN/redis.pid"
STARTED_FILE="$RUN_DIR/started-by-stack"
TSX="$ROOT/node_modules/.bin/tsx"

say() { printf '[stack] %s\n' "$*"; }
fail() { printf '[stack] ERROR: %s\n' "$*" >&2; exit 1; }

port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

# RESP PING over bash's /dev/tcp, so the check works before redis-cli is installed.
redis_answers() {
  timeout 2 bash -c "
    exec 3<>/dev/tcp/$REDIS_HOST/$REDIS_PORT || exit 1
    printf 'PING\r\n' >&3
    IFS= read -r reply <&3 && [[ \$reply == +PONG* ]]" 2>/dev/null
}

alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

# A recorded pid counts only while it still runs the program it was recorded for (pids get reused).
runs() {
  local pid="$1" pattern="$2"
  alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$pattern"
}

read_pid() { [[ -f "$1" ]] && tr -dc '0-9' <"$1" || true; }

recorded_pid() { [[ -f "$STARTED_FILE" ]] && awk -v c="$1" '$1 == c { print $2 }' "$STARTED_FILE" | tail -n 1 || true; }

record_started() {
  forget_started "$1"
  echo "$1 $2" >>"$STARTED_FILE"
  if [[ -n "${SALW_STACK_STARTED_OUT:-}" ]]; then echo "$1" >>"$SALW_STACK_STARTED_OUT"; fi
}

forget_started() {
  [[ -f "$STARTED_FILE" ]] || return 0
  awk -v c="$1" '$1 != c' "$STARTED_FILE" >"$STARTED_FILE.tmp" && mv "$STARTED_FILE.tmp" "$STARTED_FILE"
}

# One `up` or `down` at a time: two engineers or two test runs may share this checkout.
take_lock() {
  mkdir -p "$RUN_DIR"
  exec 9>"$RUN_DIR/stack.lock"
  flock -w 300 9 || fail "another stack.sh up/down held $RUN_DIR/stack.lock for 5 minutes"
}

stop_pid() {
  local name="$1" pid="$2" pattern="$3" grace="$4"
  if ! runs "$pid" "$pattern"; then
    say "$name: recorded pid $pid is no longer running"
    return 0
  fi
  say "$name: stopping pid $pid ..."
  kill -TERM "$pid" 2>/dev/null || true
  local waited=0
  while alive "$pid" && ((waited < grace * 10)); do
    sleep 0.1
    waited=$((waited + 1))
  done
  if alive "$pid"; then
    say "$name: still running after ${grace}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while alive "$pid"; do sleep 0.1; done
  fi
  say "$name: stopped"
}

print_kafka_tail() {
  local file
  for file in "$KAFKA_LOG" "$KAFKA_OUT"; do
    if [[ -s "$file" ]]; then
      echo "----- last 40 lines of $file -----" >&2
      tail -n 40 "$file" >&2
    fi
  done
}

ensure_kafka_jars() {
  if [[ -f "$LIB_DIR/.complete" && -f "$LIB_DIR/kafka_2.13-$KAFKA_VERSION.jar" ]]; then
    say "kafka: reusing $(find "$LIB_DIR" -name '*.jar' | wc -l) cached jars of Kafka $KAFKA_VERSION"
    return 0
  fi
  command -v mvn >/dev/null || fail "mvn is needed to fetch the Kafka broker jars (apt-get install -y maven)"
  command -v java >/dev/null || fail "java 17+ is needed to run the Kafka broker (apt-get install -y openjdk-17-jre-headless)"
  say "kafka: fetching the Kafka $KAFKA_VERSION broker classpath from Maven Central (first run only) ..."
  local partial="$CACHE_DIR/lib.partial" attempt
  mkdir -p "$CACHE_DIR"
  for attempt in 1 2 3; do
    rm -rf "$partial"
    if mvn -B -q -f "$HERE/kafka/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$partial" >"$CACHE_DIR/mvn.log" 2>&1; then
      break
    fi
    say "kafka: mvn attempt $attempt failed; last lines of $CACHE_DIR/mvn.log:"
    tail -n 15 "$CACHE_DIR/mvn.log" >&2
    ((attempt < 3)) || fail "could not fetch the Kafka $KAFKA_VERSION jars with mvn"
    sleep $((attempt * 5))
  done
  [[ -f "$partial/kafka_2.13-$KAFKA_VERSION.jar" ]] ||
    fail "mvn finished but $partial has no kafka_2.13-$KAFKA_VERSION.jar"
  touch "$partial/.complete"
  rm -rf "$LIB_DIR"
  mv "$partial" "$LIB_DIR"
  say "kafka: cached $(find "$LIB_DIR" -name '*.jar' | wc -l) jars in ${LIB_DIR#"$ROOT"/}"
}

wait_kafka_ready() {
  local pid="$1" deadline=$((SECONDS + KAFKA_READY_TIMEOUT))
  until grep -q "Kafka Server started" "$KAFKA_LOG" 2>/dev/null; do
    if ! alive "$pid"; then
      forget_started kafka
      print_kafka_tail
      fail "the Kafka broker (pid $pid) exited before it was ready"
    fi
    if ((SECONDS >= deadline)); then
      print_kafka_tail
      stop_pid kafka "$pid" kafka.Kafka 20
      forget_started kafka
      fail "the Kafka broker did not log 'Kafka Server started' within ${KAFKA_READY_TIMEOUT}s"
    fi
    sleep 0.25
  done
}

kafka_up() {
  local ours
  ours="$(read_pid "$KAFKA_PID_FILE")"
  if runs "$ours" kafka.Kafka; then
    wait_kafka_ready "$ours"
    say "kafka: reusing the broker stack.sh started earlier (pid $ours) at $KAFKA_HOST:$KAFKA_PORT"
    return 0
  fi
  if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
    say "kafka: reusing the broker already listening on $KAFKA_HOST:$KAFKA_PORT (not started by stack.sh; down leaves it alone)"
    return 0
  fi
  port_open "$KAFKA_HOST" "$CONTROLLER_PORT" &&
    fail "port $CONTROLLER_PORT is taken by another process, the Kafka controller needs it"

  ensure_kafka_jars
  mkdir -p "$KAFKA_RUN/logs"
  sed "s|@LOG_DIRS@|$KAFKA_RUN/data|" "$HERE/kafka/server.properties" >"$KAFKA_RUN/server.properties"
  local java_log=(-Dlog4j2.configurationFile="$HERE/kafka/log4j2.xml" -Dkafka.logs.dir="$KAFKA_RUN/logs")
  if [[ ! -f "$KAFKA_RUN/data/meta.properties" ]]; then
    # Formatting a formatted directory fails, and a half-formatted one is useless: start clean.
    rm -rf "$KAFKA_RUN/data"
    local cluster_id
    cluster_id="$(java "${java_log[@]}" -cp "$LIB_DIR/*" kafka.tools.StorageTool random-uuid)"
    java "${java_log[@]}" -cp "$LIB_DIR/*" kafka.tools.StorageTool format --standalone \
      -t "$cluster_id" -c "$KAFKA_RUN/server.properties" >"$KAFKA_RUN/logs/format.out" 2>&1 ||
      { cat "$KAFKA_RUN/logs/format.out" >&2; fail "formatting the KRaft storage in $KAFKA_RUN/data failed"; }
    say "kafka: formatted new KRaft storage (cluster id $cluster_id)"
  fi
  # Readiness is judged by a fresh log, so the previous run's "started" line must not count.
  [[ -f "$KAFKA_LOG" ]] && mv -f "$KAFKA_LOG" "$KAFKA_LOG.previous"
  rm -f "$KAFKA_PID_FILE"
  # setsid: the broker gets its own session, so Ctrl-C in the terminal that ran `up` does not reach it;
  # the inner shell writes its own pid and then becomes java, so the recorded pid is the broker's.
  # 9>&-: the broker must not inherit the stack lock, or the next up/down would wait for it forever.
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$KAFKA_PID_FILE" \
    java -Xms"$KAFKA_HEAP" -Xmx"$KAFKA_HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true "${java_log[@]}" \
    -cp "$LIB_DIR/*" kafka.Kafka "$KAFKA_RUN/server.properties" \
    >"$KAFKA_OUT" 2>&1 </dev/null 9>&- &
  local pid="" tries=0
  while [[ -z "$pid" ]] && ((tries < 50)); do
    sleep 0.1
    pid="$(read_pid "$KAFKA_PID_FILE")"
    tries=$((tries + 1))
  done
  [[ -n "$pid" ]] || fail "the Kafka broker process did not start (see $KAFKA_OUT)"
  record_started kafka "$pid"
  local started_at=$SECONDS
  wait_kafka_ready "$pid"
  say "kafka: STARTED Kafka $KAFKA_VERSION (pid $pid) at $KAFKA_HOST:$KAFKA_PORT, ready in $((SECONDS - started_at))s; log ${KAFKA_LOG#"$ROOT"/}"
}

redis_up() {
  local ours
  ours="$(read_pid "$REDIS_PID_FILE")"
  if redis_answers; then
    if runs "$ours" redis-server; then
      say "redis: reusing the Redis stack.sh started earlier (pid $ours) at $REDIS_HOST:$REDIS_PORT"
    else
      say "redis: reusing the Redis already answering at $REDIS_HOST:$REDIS_PORT (not started by stack.sh)"
    fi
    return 0
  fi
  port_open "$REDIS_HOST" "$REDIS_PORT" &&
    fail "something listens on $REDIS_HOST:$REDIS_PORT but does not answer PING like an open Redis"
  if ! command -v redis-server >/dev/null; then
    say "redis: redis-server is not installed; installing it with apt-get ..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server) >"$RUN_DIR/apt-redis.log" 2>&1 ||
      { tail -n 20 "$RUN_DIR/apt-redis.log" >&2; fail "apt-get install redis-server failed"; }
    if redis_answers; then
      say "redis: reusing the Redis that the redis-server package started at $REDIS_HOST:$REDIS_PORT"
      return 0
    fi
  fi
  mkdir -p "$REDIS_RUN"
  rm -f "$REDIS_PID_FILE"
  redis-server --bind "$REDIS_HOST" --port "$REDIS_PORT" --daemonize yes \
    --pidfile "$REDIS_PID_FILE" --logfile "$REDIS_RUN/redis.log" --dir "$REDIS_RUN" \
    --save '' --appendonly no 9>&- ||
    fail "redis-server did not start (see $REDIS_RUN/redis.log)"
  local tries=0
  until redis_answers; do
    ((tries < 100)) || { tail -n 20 "$REDIS_RUN/redis.log" >&2; fail "Redis did not answer PING within 10s"; }
    sleep 0.1
    tries=$((tries + 1))
  done
  local pid
  pid="$(read_pid "$REDIS_PID_FILE")"
  record_started redis "$pid"
  say "redis: STARTED redis-server (pid $pid) at $REDIS_HOST:$REDIS_PORT, no persistence"
}

run_topics() {
  [[ -x "$TSX" ]] || fail "node_modules is missing (run npm ci): the topic script needs tsx and kafkajs"
  (cd "$ROOT" && "$TSX" deploy/local/provision-topics.ts "$@")
}

cmd_up() {
  take_lock
  kafka_up
  redis_up
  say "topics: provisioning the contract topics (idempotent)"
  run_topics || fail "topic provisioning failed"
  say "up: Kafka $KAFKA_HOST:$KAFKA_PORT and Redis $REDIS_HOST:$REDIS_PORT are ready"
}

cmd_down() {
  take_lock
  local components=("$@")
  if ((${#components[@]} == 0)); then components=(kafka redis); fi
  local component pid stopped=0
  for component in "${components[@]}"; do
    pid="$(recorded_pid "$component")"
    if [[ -z "$pid" ]]; then
      say "$component: not started by stack.sh, left alone"
      continue
    fi
    case "$component" in
      kafka) stop_pid kafka "$pid" kafka.Kafka 60 ;;
      redis) stop_pid redis "$pid" redis-server 20 ;;
      *) fail "unknown component '$component' (expected kafka or redis)" ;;
    esac
    forget_started "$component"
    stopped=$((stopped + 1))
  done
  say "down: stopped $stopped component(s)"
}

cmd_status() {
  local ok=0 pid
  pid="$(recorded_pid kafka)"
  if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
    if runs "$pid" kafka.Kafka; then
      say "kafka: UP at $KAFKA_HOST:$KAFKA_PORT (started by stack.sh, pid $pid, Kafka $KAFKA_VERSION)"
    else
      say "kafka: UP at $KAFKA_HOST:$KAFKA_PORT (not started by stack.sh)"
    fi
    say "topics:"
    if ! run_topics --check; then ok=1; fi
  else
    say "kafka: DOWN (nothing listens on $KAFKA_HOST:$KAFKA_PORT)"
    ok=1
  fi
  pid="$(recorded_pid redis)"
  if redis_answers; then
    if runs "$pid" redis-server; then
      say "redis: UP at $REDIS_HOST:$REDIS_PORT (started by stack.sh, pid $pid)"
    else
      say "redis: UP at $REDIS_HOST:$REDIS_PORT (not started by stack.sh)"
    fi
  else
    say "redis: DOWN (no PONG from $REDIS_HOST:$REDIS_PORT)"
    ok=1
  fi
  if ((ok == 0)); then say "status: all up"; else say "status: NOT all up"; fi
  return "$ok"
}

case "${1:-}" in
  up) cmd_up ;;
  down) shift; cmd_down "$@" ;;
  status) cmd_status ;;
  jars) ensure_kafka_jars ;;
  *)
    echo "usage: $0 up | down [kafka|redis]... | status | jars" >&2
    exit 2
    ;;
esac
