#!/usr/bin/env bash
# Starts SEND CPD on Payara Micro from a built WAR (mvn package first).
#   CPD_PORT        HTTP port (8080)
#   CPD_DATA_DIR    data folder for the Derby database and evidence files (./data)
#   CPD_TRUST=true  the trust set-up: PostgreSQL from CPD_DB_URL/CPD_DB_USER/CPD_DB_PASSWORD, clustering on,
#                   certificates in CPD_EVIDENCE_DIR (a folder every instance shares)
#   CPD_CLUSTER_MEMBERS  with CPD_TRUST: where the instances find each other, host:port,... (Hazelcast
#                   TCP/IP discovery; unset: multicast on the local network)
#   JAVA_OPTS       extra JVM options (default -Xmx1g)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${CPD_PORT:-8080}
data=${CPD_DATA_DIR:-data}
mkdir -p "$data" target/tmp
export CPD_DATA_DIR=$(cd "$data" && pwd)
cluster=(--nohazelcast --postbootcommandfile payara-config/post-boot-commands-single.asadmin)
trust_jvm=
if [ "${CPD_TRUST:-false}" = true ]; then
  cluster=(--postbootcommandfile payara-config/post-boot-commands-trust.asadmin)
  if [ -n "${CPD_CLUSTER_MEMBERS:-}" ]; then
    cluster+=(--clustermode "tcpip:$CPD_CLUSTER_MEMBERS")
  fi
  # the frameworks' shared cache of each instance learns of the others' changes over the data grid
  trust_jvm="-Declipselink.cache.coordination.protocol=fish.payara.persistence.eclipselink.cache.coordination.HazelcastPublishingTransportManager -Declipselink.cache.coordination.channel=sendcpd"
  : "${CPD_DB_URL:?set CPD_DB_URL, e.g. jdbc:postgresql://db-host:5432/sendcpd}"
  : "${CPD_EVIDENCE_DIR:?set CPD_EVIDENCE_DIR to a folder every instance shares (certificates live there)}"
fi
exec java ${JAVA_OPTS:--Xmx1g} $trust_jvm -Djava.io.tmpdir="$PWD/target/tmp" -Dderby.stream.error.file="$CPD_DATA_DIR/derby.log" \
  -jar target/payara-micro.jar --port "$port" "${cluster[@]}" --disablephonehome \
  --prebootcommandfile payara-config/pre-boot-commands.asadmin target/sendcpd.war
