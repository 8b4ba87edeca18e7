#!/usr/bin/env bash
# Stops what scripts/cluster/start.sh started: both nodes, the store, then RabbitMQ. Each process is
# stopped by the pid its start wrote down (SIGTERM: nodes finish their work, the store closes its file).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${LEAVENOTIFY_CLUSTER_DIR:-/tmp/leavenotify-cluster}"

stop_pid() {
    local what="$1" pidfile="$2"
    [ -f "$pidfile" ] || return 0
    local pid
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 300); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            kill -9 "$pid" 2>/dev/null || true
        fi
        echo "$what stopped (pid $pid)"
    fi
    rm -f "$pidfile"
}

for pidfile in "$dir"/node-*.pid; do
    [ -e "$pidfile" ] || continue
    stop_pid "Node $(basename "$pidfile" .pid | sed 's/node-//')" "$pidfile"
done
stop_pid "Store" "$dir/store.pid"
"$root/scripts/rabbitmq/stop.sh"
