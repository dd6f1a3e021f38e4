#!/usr/bin/env bash
# The consistency check from the command line (e.g. after a crash or a restore, or from cron): prints what it
# found as JSON and exits 0 when dossiers, processes, register and files agree, 1 when something is inconsistent,
# 2 when the check could not run.
#   TDKT_URL=https://tdkt.example.vn/tdkt TDKT_CHECK_USER=admin TDKT_CHECK_PASSWORD=... scripts/consistency-check.sh
set -euo pipefail
url="${TDKT_URL:-http://localhost:8080/tdkt}"
user="${TDKT_CHECK_USER:?set TDKT_CHECK_USER (an administrator)}"
password="${TDKT_CHECK_PASSWORD:?set TDKT_CHECK_PASSWORD}"
# The credentials go to curl on its standard input, never on a command line that other users can list.
if ! body=$(printf 'user = "%s:%s"\n' "$user" "$password" \
    | curl -fsS -K - -H 'Accept: application/json' "$url/api/v1/admin/consistency"); then
  echo "The consistency check could not run at $url" >&2
  exit 2
fi
echo "$body"
[ "$body" = "[]" ]
