#!/usr/bin/env bash
# Starts nginx as a TLS-terminating proxy in front of the application nodes (docs/production.md, "A proxy
# in front"), without systemd and without touching the system's nginx configuration: its own prefix
# directory, configuration, certificate, logs and pid file. Installs the Debian package when nginx is
# missing (as root). What it does, as a production proxy should:
#   - TLS 1.2/1.3 with a certificate it generates for localhost (self-signed; replace with yours);
#   - every node in one upstream, no sticky sessions; a node that refuses connections (stopping, or down)
#     is skipped, and a request never sent to it goes to the next one;
#   - the WebSocket upgrade on /ws passed through, with a read timeout longer than the STOMP heart-beats;
#   - X-Forwarded-For set to the address nginx sees (a client's own X-Forwarded-For is replaced, never
#     passed on), X-Forwarded-Proto https, so the nodes (trusting this proxy only) know the real client
#     address and that the request was secure (HSTS, Secure cookies);
#   - plain HTTP on the redirect port answered with a redirect to HTTPS.
# Settings (environment): LEAVENOTIFY_PROXY_DIR (/tmp/leavenotify-proxy), LEAVENOTIFY_PROXY_HTTPS_PORT
# (8443), LEAVENOTIFY_PROXY_HTTP_PORT (8480), LEAVENOTIFY_PROXY_UPSTREAMS ("127.0.0.1:8081 127.0.0.1:8082").
# The certificate is $LEAVENOTIFY_PROXY_DIR/tls/proxy.crt (clients that should trust it: curl --cacert), and
# tls/truststore.p12 holds it for Java clients (password changeit).
# Stop it with scripts/proxy/stop.sh. Take a node out before stopping it, and put it back once it is ready
# again, with scripts/proxy/upstreams.sh (the rolling restart of docs/production.md).
set -euo pipefail
dir="${LEAVENOTIFY_PROXY_DIR:-/tmp/leavenotify-proxy}"
https_port="${LEAVENOTIFY_PROXY_HTTPS_PORT:-8443}"
http_port="${LEAVENOTIFY_PROXY_HTTP_PORT:-8480}"
upstreams="${LEAVENOTIFY_PROXY_UPSTREAMS:-127.0.0.1:8081 127.0.0.1:8082}"

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "nginx is not installed, and installing it needs root: apt-get install nginx" >&2
        exit 1
    fi
    (apt-get install -y -q nginx || (apt-get update -q && apt-get install -y -q nginx)) >"${TMPDIR:-/tmp}/leavenotify-nginx-install.log" 2>&1 \
        || { echo "could not install nginx; see ${TMPDIR:-/tmp}/leavenotify-nginx-install.log" >&2; exit 1; }
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

mkdir -p "$dir/tls" "$dir/logs" "$dir/tmp"
if [ -f "$dir/nginx.pid" ] && kill -0 "$(cat "$dir/nginx.pid")" 2>/dev/null; then
    echo "The proxy is running already (pid $(cat "$dir/nginx.pid"))"
    exit 0
fi

if [ ! -s "$dir/tls/proxy.crt" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
        -keyout "$dir/tls/proxy.key" -out "$dir/tls/proxy.crt" >"$dir/logs/openssl.log" 2>&1
    chmod 600 "$dir/tls/proxy.key"
fi
# the same certificate as a Java trust store, for JVM clients (examples/StompClient.java):
#   java -Djavax.net.ssl.trustStore=$dir/tls/truststore.p12 -Djavax.net.ssl.trustStorePassword=changeit ...
keytool_bin="${JAVA_HOME:+$JAVA_HOME/bin/}keytool"
if [ ! -s "$dir/tls/truststore.p12" ] && command -v "$keytool_bin" >/dev/null 2>&1; then
    "$keytool_bin" -importcert -noprompt -alias leavenotify-proxy -file "$dir/tls/proxy.crt" \
        -keystore "$dir/tls/truststore.p12" -storetype PKCS12 -storepass changeit >"$dir/logs/keytool.log" 2>&1
fi

"$(dirname "${BASH_SOURCE[0]}")/upstreams.sh" --write-only $upstreams
user_line=""
if [ "$(id -u)" = 0 ]; then
    user_line="user root;" # the workers write the temporary files of this prefix directory
fi

cat > "$dir/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log $dir/logs/access.log;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    server_tokens off;
    client_max_body_size 2m;

    map \$http_upgrade \$connection_upgrade {
        default upgrade;
        ''      close;
    }

    upstream leavenotify {
        include $dir/upstreams.conf;
    }

    server {
        listen 127.0.0.1:$https_port ssl;
        server_name localhost;
        ssl_certificate $dir/tls/proxy.crt;
        ssl_certificate_key $dir/tls/proxy.key;
        ssl_protocols TLSv1.2 TLSv1.3;

        location / {
            proxy_pass http://leavenotify;
            proxy_http_version 1.1;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto https;
            proxy_set_header X-Forwarded-Port $https_port;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_read_timeout 1h;
            proxy_send_timeout 1h;
            proxy_connect_timeout 2s;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 2;
        }
    }

    server {
        listen 127.0.0.1:$http_port;
        return 301 https://\$host:$https_port\$request_uri;
    }
}
CONF

"$nginx_bin" -t -p "$dir" -c "$dir/nginx.conf" >"$dir/logs/config-test.log" 2>&1 \
    || { cat "$dir/logs/config-test.log" >&2; exit 1; }
"$nginx_bin" -p "$dir" -c "$dir/nginx.conf"
for _ in $(seq 1 50); do
    [ -s "$dir/nginx.pid" ] && break
    sleep 0.1
done
echo "Proxy started (pid $(cat "$dir/nginx.pid")): https://localhost:$https_port -> $upstreams (certificate $dir/tls/proxy.crt)"
