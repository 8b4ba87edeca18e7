#!/usr/bin/env bash
# p99 at 10k and at 1M stored on the embedded store, with GC log and a JFR recording of each product phase.
set -u
cd /work/main
CP='benchmarks/target/classes:benchmarks/target/lib/*'
rm -rf /tmp/store1m /tmp/load1m; mkdir -p /tmp/store1m
java -Xms3g -Xmx3g -XX:+UseG1GC -Xlog:gc:file=/tmp/gc1m-clean.log:time -cp "$CP" \
  org.leavenotify.benchmarks.server.BenchServer --server.port=8090 --leavenotify.bench.control-port=18990 \
  --leavenotify.demo.enabled=false --leavenotify.embedded-store.data-dir=/tmp/store1m --spring.main.banner-mode=off \
  --server.tomcat.accept-count=1000 --leavenotify.limits.connections.unauthenticated-per-address=100000 \
  > /tmp/server1m.log 2>&1 &
SPID=$!
for i in $(seq 1 120); do curl -s -X POST http://127.0.0.1:18990/sessions >/dev/null 2>&1 && break; sleep 1; done
java -cp "$CP" org.leavenotify.benchmarks.load.LoadTool --base=http://127.0.0.1:8090 --control=http://127.0.0.1:18990 \
  --store=embedded --teams=100 --team-size=10 \
  --plan=import:10,login:10,connect:1000,product:warmup:20:30,preload-to:10000,product:stored-10k:20:60,preload-to:1000000,product:stored-1M:20:60 \
  --out=/tmp/load1m > /tmp/load1m-clean.out 2>&1 &
LPID=$!
n=0
while kill -0 $LPID 2>/dev/null; do
  c=$(grep -c "^.*preloaded" /tmp/load1m-clean.out)
  if [ "$c" -gt "$n" ]; then
    n=$c
    true
    date +"%T JFR p$n started" >> /tmp/load1m-clean.out
  fi
  sleep 0.5
done
kill $SPID; wait $SPID 2>/dev/null
du -sh /tmp/store1m >> /tmp/load1m-clean.out
echo done >> /tmp/load1m-clean.out
