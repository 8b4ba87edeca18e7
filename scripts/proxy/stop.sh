#!/usr/bin/env bash
# Stops the proxy scripts/proxy/start.sh started (same LEAVENOTIFY_PROXY_DIR): open connections are
# finished first (nginx's graceful quit).
set -euo pipefail
dir="${LEAVENOTIFY_PROXY_DIR:-/tmp/leavenotify-proxy}"
if [ ! -f "$dir/nginx.pid" ] || ! kill -0 "$(cat "$dir/nginx.pid")" 2>/dev/null; then
    echo "The proxy is not running"
    exit 0
fi
pid="$(cat "$dir/nginx.pid")"
kill -QUIT "$pid"
for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || { echo "Proxy stopped"; exit 0; }
    sleep 0.1
done
kill -TERM "$pid" 2>/dev/null || true
echo "Proxy stopped (terminated)"
