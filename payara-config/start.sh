#!/usr/bin/env bash
# Starts SEND CPD on Payara Micro from a built WAR (mvn package first).
#   CPD_PORT        HTTP port (8080)
#   CPD_DATA_DIR    data folder for the Derby database and evidence files (./data)
#   CPD_TRUST=true  the trust set-up: PostgreSQL from CPD_DB_URL/CPD_DB_USER/CPD_DB_PASSWORD, clustering on
#   JAVA_OPTS       extra JVM options (default -Xmx1g)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${CPD_PORT:-8080}
data=${CPD_DATA_DIR:-data}
mkdir -p "$data" target/tmp
export CPD_DATA_DIR=$(cd "$data" && pwd)
cluster=(--nohazelcast)
if [ "${CPD_TRUST:-false}" = true ]; then
  cluster=(--postbootcommandfile payara-config/post-boot-commands-trust.asadmin)
  # an instance does not see the others' writes, so it keeps no analyses between requests
  export CPD_ANALYSIS_CACHE_SIZE=${CPD_ANALYSIS_CACHE_SIZE:-0}
  : "${CPD_DB_URL:?set CPD_DB_URL, e.g. jdbc:postgresql://db-host:5432/sendcpd}"
fi
exec java ${JAVA_OPTS:--Xmx1g} -Djava.io.tmpdir="$PWD/target/tmp" -Dderby.stream.error.file="$CPD_DATA_DIR/derby.log" \
  -jar target/payara-micro.jar --port "$port" "${cluster[@]}" --disablephonehome \
  --prebootcommandfile payara-config/pre-boot-commands.asadmin target/sendcpd.war
