#!/usr/bin/env bash
# Moves a school's data folder (its embedded Derby database and certificates) into an EMPTY PostgreSQL
# database, for a school that joins a trust. Stop the server first. Flyway builds the schema; every
# row is copied in foreign-key order with its key, identities restart after the highest key, and each
# table and certificate is then compared with the source (rows and a SHA-256 of the values).
#   CPD_DB_URL=jdbc:postgresql://db-host:5432/sendcpd CPD_DB_USER=sendcpd CPD_DB_PASSWORD=secret \
#   CPD_EVIDENCE_DIR=/mnt/sendcpd-evidence payara-config/move-to-postgres.sh <data folder>
# Exit code 0: everything identical; 1: a difference (listed); 2: it could not start.
set -euo pipefail
cd "$(dirname "$0")/.."
war=$(realpath "${CPD_WAR:-target/sendcpd.war}")
[ -f "$war" ] || { echo "no $war: build it with mvn -DskipTests package" >&2; exit 2; }
tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
(cd "$tool" && jar xf "$war" WEB-INF/classes WEB-INF/lib)
exec java -cp "$tool/WEB-INF/classes:$tool/WEB-INF/lib/*" org.sendcpd.backup.boundary.MoveToPostgres "$@"
