#!/usr/bin/env bash
# Builds the application (skipping tests) and runs it on the embedded default:
# embedded MongoDB-compatible store in ./data, in-process STOMP broker, demo users, port 8080.
# Extra arguments go to the application, e.g. ./run.sh --server.port=9090
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q install -DskipTests
exec java -jar bootstrap/target/bootstrap-0.1.0-SNAPSHOT-exec.jar "$@"
