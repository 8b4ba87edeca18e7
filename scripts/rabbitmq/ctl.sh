#!/usr/bin/env bash
# rabbitmqctl against the node of start.sh (same LEAVENOTIFY_RABBITMQ_* settings), for example
# `scripts/rabbitmq/ctl.sh list_queues name consumers`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/env.sh"
rabbitmqctl_node "$@"
