#!/usr/bin/env bash
# Restores a backup (a folder such as data-backups/backup-2026-11-23-023000) into the data folder:
# the Derby database to <data>/db and the certificates to <data>/evidence, each certificate checked
# against the backup's SHA-256 list before and after copying. Stop the server first.
#   payara-config/restore.sh [--force] <backup folder>
#   CPD_DATA_DIR  the data folder to restore into (./data); it must be empty or absent, unless
#                 --force, which moves what is there aside to <data>.before-restore-<time> first
set -euo pipefail
force=false
if [ "${1:-}" = --force ]; then force=true; shift; fi
if [ $# -ne 1 ]; then
  echo "usage: $0 [--force] <backup folder>" >&2
  exit 64
fi
backup=$(cd "$1" 2>/dev/null && pwd) || { echo "no such backup folder: $1" >&2; exit 66; }
for part in backup.properties db/service.properties evidence.sha256; do
  [ -e "$backup/$part" ] || { echo "not a finished SEND CPD backup (no $part): $backup" >&2; exit 65; }
done
check() { [ ! -s "$backup/evidence.sha256" ] || (cd "$1" && sha256sum --quiet -c "$backup/evidence.sha256"); }
check "$backup" || { echo "the backup's evidence files do not match evidence.sha256: refusing it" >&2; exit 65; }

data=${CPD_DATA_DIR:-$(dirname "$0")/../data}
if [ -d "$data" ] && [ -n "$(ls -A "$data")" ]; then
  if [ "$force" != true ]; then
    echo "$data is not empty: restore into a new folder, or add --force to move it aside first" >&2
    exit 73
  fi
  aside="${data%/}.before-restore-$(date +%Y%m%d-%H%M%S)"
  mv "$data" "$aside"
  echo "moved the old $data aside to $aside"
fi
mkdir -p "$data"
data=$(cd "$data" && pwd)
cp -a "$backup/db" "$data/db"
cp -a "$backup/evidence" "$data/evidence"
check "$data"
files=$(wc -l < "$backup/evidence.sha256")
echo "restored $(basename "$backup") into $data: the database and $files evidence files (checked)"
echo "start it with: CPD_DATA_DIR=$data payara-config/start.sh"
