#!/usr/bin/env bash
# The stop test (README, "Stopping and backups"): SIGTERM under a write load must end the process
# within 30 s with every acknowledged write kept; then an online backup is restored into a fresh
# folder and compared with the source. Uses the WAR and payara-micro.jar that the README's test
# command built (packages once if they are missing). About two minutes; its own port and folder.
#   STOP_PORT (18591), STOP_RUNS (1): SIGTERM rounds; STOP_WRITERS (20)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/sendcpd.war ] || [ ! -f target/payara-micro.jar ]; then
  mvn -B -q -o -DskipTests package 2>/dev/null || mvn -B -q -DskipTests package
fi
lib=target/sendcpd/WEB-INF/lib
if [ ! -d "$lib" ]; then
  mkdir -p target/stop-test-war && (cd target/stop-test-war && jar xf ../sendcpd.war WEB-INF/lib)
  lib=target/stop-test-war/WEB-INF/lib
fi
cp=$(ls "$lib"/derby-*.jar "$lib"/derbyshared-*.jar "$lib"/derbytools-*.jar | tr '\n' ':')
exec timeout 900 java -cp "$cp" -Dstop.port="${STOP_PORT:-18591}" -Dstop.runs="${STOP_RUNS:-1}" \
  -Dstop.writers="${STOP_WRITERS:-20}" -Dstop.backup="${STOP_BACKUP:-true}" .ci/StopTest.java
