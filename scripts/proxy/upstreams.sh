#!/usr/bin/env bash
# Sets the nodes the proxy of scripts/proxy/start.sh sends traffic to, and reloads it gracefully: requests
# in flight and open WebSockets stay where they are; new ones go only to the nodes given. This is how a
# node leaves the load balancer before it is stopped, and comes back once its readiness probe says UP
# (nginx without the commercial active health checks learns of a stopping node only from refused
# connections):
#   scripts/proxy/upstreams.sh 127.0.0.1:8082                  # 8081 drained
#   scripts/proxy/upstreams.sh 127.0.0.1:8081 127.0.0.1:8082   # both again
# Same LEAVENOTIFY_PROXY_DIR as start.sh. --write-only writes the list without reloading (start.sh uses it).
set -euo pipefail
dir="${LEAVENOTIFY_PROXY_DIR:-/tmp/leavenotify-proxy}"
reload=true
if [ "${1:-}" = "--write-only" ]; then
    reload=false
    shift
fi
if [ $# -eq 0 ]; then
    echo "usage: $0 HOST:PORT [HOST:PORT...]  (at least one node must stay)" >&2
    exit 2
fi
mkdir -p "$dir"
{
    echo "# written by scripts/proxy/upstreams.sh"
    for upstream in "$@"; do
        echo "server $upstream max_fails=1 fail_timeout=2s;"
    done
} > "$dir/upstreams.conf.new"
mv "$dir/upstreams.conf.new" "$dir/upstreams.conf"
if $reload; then
    nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
    "$nginx_bin" -t -p "$dir" -c "$dir/nginx.conf" >"$dir/logs/config-test.log" 2>&1 \
        || { cat "$dir/logs/config-test.log" >&2; exit 1; }
    master="$(cat "$dir/nginx.pid")"
    old_workers="$(pgrep -P "$master" || true)"
    "$nginx_bin" -p "$dir" -c "$dir/nginx.conf" -s reload
    # The reload is done when every worker of the old configuration has stopped taking new requests (it
    # finishes the ones it has, and keeps its open WebSockets): only then may the drained node be stopped.
    for _ in $(seq 1 200); do
        waiting=false
        for pid in $old_workers; do
            if [ -r "/proc/$pid/cmdline" ] && ! tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q "shutting down"; then
                waiting=true
            fi
        done
        $waiting || break
        sleep 0.05
    done
    if $waiting; then
        echo "nginx did not finish reloading within 10 s" >&2
        exit 1
    fi
    echo "Proxy now sends new traffic to: $*"
fi
