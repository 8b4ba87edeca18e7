# Shared by start.sh, stop.sh and ctl.sh: where one local RabbitMQ node lives and how it is reached.
# Every setting can be overridden from the environment; the defaults make a node on loopback only.
LEAVENOTIFY_RABBITMQ_NODENAME="${LEAVENOTIFY_RABBITMQ_NODENAME:-leavenotify@localhost}"
LEAVENOTIFY_RABBITMQ_AMQP_PORT="${LEAVENOTIFY_RABBITMQ_AMQP_PORT:-5672}"
LEAVENOTIFY_RABBITMQ_DIST_PORT="${LEAVENOTIFY_RABBITMQ_DIST_PORT:-25672}"
LEAVENOTIFY_RABBITMQ_STOMP_PORT="${LEAVENOTIFY_RABBITMQ_STOMP_PORT:-61613}"
# How long a queue nobody consumes from survives (milliseconds): per-session reply queues of sessions
# that ended are deleted after this long (docs/scale-out.md).
LEAVENOTIFY_RABBITMQ_QUEUE_EXPIRES_MS="${LEAVENOTIFY_RABBITMQ_QUEUE_EXPIRES_MS:-60000}"
LEAVENOTIFY_RABBITMQ_DIR="${LEAVENOTIFY_RABBITMQ_DIR:-/tmp/leavenotify-rabbitmq/${LEAVENOTIFY_RABBITMQ_NODENAME%%@*}}"

RABBITMQ_BIN=/usr/lib/rabbitmq/bin

export HOME="$LEAVENOTIFY_RABBITMQ_DIR/home"
export RABBITMQ_NODENAME="$LEAVENOTIFY_RABBITMQ_NODENAME"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT="$LEAVENOTIFY_RABBITMQ_AMQP_PORT"
export RABBITMQ_DIST_PORT="$LEAVENOTIFY_RABBITMQ_DIST_PORT"
export RABBITMQ_MNESIA_BASE="$LEAVENOTIFY_RABBITMQ_DIR/mnesia"
export RABBITMQ_LOG_BASE="$LEAVENOTIFY_RABBITMQ_DIR/log"
export RABBITMQ_PID_FILE="$LEAVENOTIFY_RABBITMQ_DIR/rabbitmq.pid"
export RABBITMQ_ENABLED_PLUGINS_FILE="$LEAVENOTIFY_RABBITMQ_DIR/enabled_plugins"
export RABBITMQ_CONFIG_FILE="$LEAVENOTIFY_RABBITMQ_DIR/rabbitmq.conf"
export RABBITMQ_ADVANCED_CONFIG_FILE="$LEAVENOTIFY_RABBITMQ_DIR/advanced.config"
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"

rabbitmqctl_node() {
    "$RABBITMQ_BIN/rabbitmqctl" -n "$LEAVENOTIFY_RABBITMQ_NODENAME" "$@"
}
