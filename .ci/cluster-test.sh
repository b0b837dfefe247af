#!/usr/bin/env bash
# The cluster test (README, "PostgreSQL and a cluster for a trust"): two instances of the built WAR in
# the trust set-up, started together on one empty PostgreSQL database (CPD_CLUSTER_PG_URL, _USER,
# _PASSWORD; .ci/run makes one). About three minutes; ports 18601-18602, folder target/cluster-test.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${CPD_CLUSTER_PG_URL:-}" ]; then
  echo "cluster test skipped: no empty PostgreSQL database in CPD_CLUSTER_PG_URL"
  exit 0
fi
if [ ! -f target/sendcpd.war ] || [ ! -f target/payara-micro.jar ]; then
  mvn -B -q -o -DskipTests package 2>/dev/null || mvn -B -q -DskipTests package
fi
classes=target/cluster-test-classes
rm -rf "$classes" && mkdir -p "$classes"
javac -d "$classes" .ci/StopTest.java .ci/ClusterTest.java
exec timeout 900 java -cp "$classes" ClusterTest
