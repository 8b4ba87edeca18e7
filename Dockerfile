# The leave-notify image. NOT BUILT ON THIS PROJECT'S MACHINES: they have no Docker engine and cannot pull a
# base image (docs/production.md says what is and is not tested). Build it where Docker runs:
#
#   mvn -B package -DskipTests          # bootstrap/target/bootstrap-0.1.0-SNAPSHOT-exec.jar, the SPA inside
#   docker build -t leave-notify .
#   docker run -p 8080:8080 -e SPRING_PROFILES_ACTIVE=prod -e SPRING_MONGODB_URI=... -e JWT_SECRET=... leave-notify
#
# Runs as an unprivileged user, with the JVM flags of docs/performance.md ("Which Java and which flags") and a
# health check on the readiness probe (docs/reliability.md). Configuration comes from the environment only.
FROM eclipse-temurin:17-jre

RUN groupadd --system leavenotify && useradd --system --gid leavenotify --home-dir /app --shell /usr/sbin/nologin leavenotify \
    && mkdir -p /app/data && chown -R leavenotify:leavenotify /app && chmod 700 /app/data
WORKDIR /app
COPY --chown=leavenotify:leavenotify bootstrap/target/bootstrap-0.1.0-SNAPSHOT-exec.jar /app/app.jar

USER leavenotify
EXPOSE 8080
# The embedded store's data directory, for installations that use it (a volume keeps it across containers).
VOLUME ["/app/data"]
ENV LEAVENOTIFY_EMBEDDED_STORE_DATA_DIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]

# exec form: the JVM is PID 1 and receives SIGTERM, so the graceful shutdown of docs/reliability.md runs.
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
