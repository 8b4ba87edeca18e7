#!/usr/bin/env bash
# Starts one RabbitMQ node from the Debian package, without systemd, listening on 127.0.0.1 only, with
# the STOMP plugin on LEAVENOTIFY_RABBITMQ_STOMP_PORT (61613) and the expiry policy for per-session
# queues. Installs rabbitmq-server with apt-get when it is missing. Does nothing if the node runs already.
# Settings: see env.sh (all LEAVENOTIFY_RABBITMQ_* variables). Stop it with stop.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/env.sh"

install_rabbitmq() {
    if [ -x "$RABBITMQ_BIN/rabbitmq-server" ]; then
        return
    fi
    echo "rabbitmq-server is not installed: installing it with apt-get" >&2
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        sudo="sudo -n"
    fi
    export DEBIAN_FRONTEND=noninteractive
    if ! $sudo apt-get install -y -q rabbitmq-server >&2; then
        $sudo apt-get update -q >&2
        $sudo apt-get install -y -q rabbitmq-server >&2
    fi
    # The package may try to start a system-wide node through its init script; this script runs its own.
}

write_config() {
    mkdir -p "$HOME" "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
    echo '[rabbitmq_stomp].' > "$RABBITMQ_ENABLED_PLUGINS_FILE"
    cat > "$RABBITMQ_CONFIG_FILE" <<CONF
listeners.tcp.1 = 127.0.0.1:$LEAVENOTIFY_RABBITMQ_AMQP_PORT
stomp.listeners.tcp.1 = 127.0.0.1:$LEAVENOTIFY_RABBITMQ_STOMP_PORT
# The node listens on loopback only, so the default user may connect (from this machine only).
loopback_users = none
log.file.level = warning
log.console = false
CONF
    echo '[].' > "$RABBITMQ_ADVANCED_CONFIG_FILE"
}

is_running() {
    [ -f "$RABBITMQ_PID_FILE" ] && kill -0 "$(cat "$RABBITMQ_PID_FILE")" 2>/dev/null \
        && rabbitmqctl_node status >/dev/null 2>&1
}

# Per-session queues (Spring's user destinations, named ...-user<session id>) are deleted once nobody has
# consumed from them for this long, so queues of ended sessions do not pile up.
apply_policy() {
    rabbitmqctl_node set_policy --apply-to queues leavenotify-session-queues '^.+-user.+$' \
        "{\"expires\":$LEAVENOTIFY_RABBITMQ_QUEUE_EXPIRES_MS}" >/dev/null
}

install_rabbitmq
if is_running; then
    apply_policy
    echo "RabbitMQ node $LEAVENOTIFY_RABBITMQ_NODENAME is running already (STOMP on 127.0.0.1:$LEAVENOTIFY_RABBITMQ_STOMP_PORT)"
    exit 0
fi
write_config
rm -f "$RABBITMQ_PID_FILE"
"$RABBITMQ_BIN/rabbitmq-server" -detached
if ! rabbitmqctl_node wait --timeout 120 "$RABBITMQ_PID_FILE" >/dev/null; then
    echo "RabbitMQ node $LEAVENOTIFY_RABBITMQ_NODENAME did not start; see $RABBITMQ_LOG_BASE" >&2
    exit 1
fi
apply_policy
echo "RabbitMQ node $LEAVENOTIFY_RABBITMQ_NODENAME started (pid $(cat "$RABBITMQ_PID_FILE")): STOMP on 127.0.0.1:$LEAVENOTIFY_RABBITMQ_STOMP_PORT, AMQP on 127.0.0.1:$LEAVENOTIFY_RABBITMQ_AMQP_PORT, data in $LEAVENOTIFY_RABBITMQ_DIR"
