#!/usr/bin/env bash
# Stops the RabbitMQ node that start.sh started (same LEAVENOTIFY_RABBITMQ_* settings), and the Erlang
# port mapper (epmd) when no other Erlang node is registered with it. Does nothing if it is not running.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/env.sh"

if [ ! -x "$RABBITMQ_BIN/rabbitmqctl" ]; then
    echo "rabbitmq-server is not installed; nothing to stop"
    exit 0
fi
if [ -f "$RABBITMQ_PID_FILE" ] && kill -0 "$(cat "$RABBITMQ_PID_FILE")" 2>/dev/null; then
    pid="$(cat "$RABBITMQ_PID_FILE")"
    rabbitmqctl_node stop "$RABBITMQ_PID_FILE" >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$RABBITMQ_PID_FILE"
    echo "RabbitMQ node $LEAVENOTIFY_RABBITMQ_NODENAME stopped"
else
    echo "RabbitMQ node $LEAVENOTIFY_RABBITMQ_NODENAME is not running"
fi
# epmd outlives the node; stop it only when no Erlang node is left that uses it.
if command -v epmd >/dev/null 2>&1 || [ -x /usr/lib/erlang/bin/epmd ]; then
    epmd_bin="$(command -v epmd || echo /usr/lib/erlang/bin/epmd)"
    if "$epmd_bin" -names 2>/dev/null | grep -q '^name '; then
        :
    else
        "$epmd_bin" -kill >/dev/null 2>&1 || true
    fi
fi
