#!/usr/bin/env bash
# Starts a local cluster on this machine (docs/scale-out.md): RabbitMQ with STOMP (scripts/rabbitmq),
# the embedded store as a process of its own that both nodes reach by URI, and two application nodes in
# relay mode on 8081 and 8082 that share one JWT key (a token from one works on the other).
# Needs the executable jar: mvn -B package -DskipTests (or add -Dweb-client.skip for no web client).
# Settings (environment): LEAVENOTIFY_CLUSTER_DIR (/tmp/leavenotify-cluster), LEAVENOTIFY_STORE_PORT (27017),
# LEAVENOTIFY_NODE_PORTS ("8081 8082"), JAVA_OPTS, and the LEAVENOTIFY_RABBITMQ_* of scripts/rabbitmq/env.sh.
# Stop everything with scripts/cluster/stop.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${LEAVENOTIFY_CLUSTER_DIR:-/tmp/leavenotify-cluster}"
store_port="${LEAVENOTIFY_STORE_PORT:-27017}"
node_ports="${LEAVENOTIFY_NODE_PORTS:-8081 8082}"
stomp_port="${LEAVENOTIFY_RABBITMQ_STOMP_PORT:-61613}"
jar="$root/bootstrap/target/bootstrap-0.1.0-SNAPSHOT-exec.jar"

if [ ! -f "$jar" ]; then
    echo "No $jar: build it first with 'mvn -B package -DskipTests'" >&2
    exit 1
fi
mkdir -p "$dir"

running() {
    [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

wait_for() {
    local what="$1" url="$2" pidfile="$3" log="$4"
    for _ in $(seq 1 180); do
        if curl -sf -o /dev/null "$url"; then
            return 0
        fi
        if ! running "$pidfile"; then
            echo "$what died while starting; see $log" >&2
            exit 1
        fi
        sleep 1
    done
    echo "$what did not become ready in 180 s; see $log" >&2
    exit 1
}

"$root/scripts/rabbitmq/start.sh"

if running "$dir/store.pid"; then
    echo "Store is running already (pid $(cat "$dir/store.pid"))"
else
    java -cp "$jar" -Dloader.main=org.leavenotify.adapter.persistence.StandaloneStore \
        org.springframework.boot.loader.launch.PropertiesLauncher "$store_port" "$dir/store" \
        > "$dir/store.log" 2>&1 &
    echo $! > "$dir/store.pid"
    for _ in $(seq 1 60); do
        grep -q "Standalone store listening" "$dir/store.log" 2>/dev/null && break
        running "$dir/store.pid" || { echo "The store died while starting; see $dir/store.log" >&2; exit 1; }
        sleep 0.5
    done
    echo "Store started (pid $(cat "$dir/store.pid")) on 127.0.0.1:$store_port"
fi
# the store serves only connections that present its per-start secret; the connection string holds it
store_uri="$(cat "$dir/store/connection-string")"

if [ ! -s "$dir/jwt-secret" ]; then
    head -c 32 /dev/urandom | base64 > "$dir/jwt-secret"
    chmod 600 "$dir/jwt-secret"
fi
secret="$(cat "$dir/jwt-secret")"

# One node after the other: the first creates the demo organisation in the empty store (a store given by
# URI gets the demo users only when asked for them on purpose: this is a throw-away local cluster).
for port in $node_ports; do
    pidfile="$dir/node-$port.pid"
    if running "$pidfile"; then
        echo "Node on $port is running already (pid $(cat "$pidfile"))"
        continue
    fi
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -jar "$jar" \
        --server.port="$port" \
        --spring.mongodb.uri="$store_uri" \
        --leavenotify.jwt.secret="$secret" \
        --leavenotify.demo.enabled=true \
        --leavenotify.broker.mode=relay \
        --leavenotify.broker.relay.hosts="127.0.0.1:$stomp_port" \
        > "$dir/node-$port.log" 2>&1 &
    echo $! > "$pidfile"
    wait_for "Node on $port" "http://127.0.0.1:$port/actuator/health/readiness" "$pidfile" "$dir/node-$port.log"
    echo "Node started (pid $(cat "$pidfile")): http://localhost:$port (STOMP at ws://localhost:$port/ws)"
done
echo "Cluster up. Logs and pid files in $dir. Try: java examples/StompClient.java bob demo http://localhost:8081"
