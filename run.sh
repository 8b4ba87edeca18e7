#!/usr/bin/env bash
# Builds the application (skipping tests) and runs it on the embedded default:
# embedded MongoDB-compatible store in ./data, in-process STOMP broker, demo users, port 8080.
# Extra arguments go to the application, e.g. ./run.sh --server.port=9090; extra JVM flags in JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")"
version="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [ "${version%%.*}" -lt 17 ] 2>/dev/null; then
    echo "Java 17 or later is needed (found $version)" >&2
    exit 1
fi
# G1 with a 20 ms pause target: the lowest p99 measured on 2 cores, on Java 17 and on Java 25
# (docs/performance.md, "Which Java and which flags"); both flags exist on every Java from 17 on.
GC_FLAGS="-XX:+UseG1GC -XX:MaxGCPauseMillis=20"
# Maven from the PATH, or the wrapper (which fetches the Maven version the build is tested with, 3.8.7)
maven=mvn
command -v mvn >/dev/null 2>&1 || maven=./mvnw
"$maven" -B -q install -DskipTests
# shellcheck disable=SC2086
exec java $GC_FLAGS ${JAVA_OPTS:-} -jar bootstrap/target/bootstrap-0.1.0-SNAPSHOT-exec.jar "$@"
