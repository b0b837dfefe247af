#!/usr/bin/env bash
# The move test (README, "Moving a school to PostgreSQL"): moves the data the stop test restored (the
# demo, thousands of records, certificates) into an empty PostgreSQL database (CPD_MOVE_PG_URL, _USER,
# _PASSWORD; .ci/run makes one) with payara-config/move-to-postgres.sh, which compares every table's
# rows and values itself, then checks row counts, identities and certificates independently.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${CPD_MOVE_PG_URL:-}" ]; then
  echo "move test skipped: no empty PostgreSQL database in CPD_MOVE_PG_URL"
  exit 0
fi
[ -d target/stop-test/restored/db ] || { echo "run .ci/stop-test.sh first: it leaves the data to move" >&2; exit 1; }
work=target/move-test
rm -rf "$work" && mkdir -p "$work"
cp -a target/stop-test/restored "$work/data"
CPD_DB_URL=$CPD_MOVE_PG_URL CPD_DB_USER=$CPD_MOVE_PG_USER CPD_DB_PASSWORD=$CPD_MOVE_PG_PASSWORD \
  CPD_EVIDENCE_DIR="$work/evidence" payara-config/move-to-postgres.sh "$work/data" | tail -4
lib=$work/lib
mkdir -p "$lib" && (cd "$lib" && jar xf "$OLDPWD/target/sendcpd.war" WEB-INF/lib)
exec java -cp "$lib/WEB-INF/lib/*" .ci/MoveTest.java "$work/data" "$work/evidence"
