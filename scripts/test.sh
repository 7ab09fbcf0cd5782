#!/usr/bin/env bash
# The test command: starts the PostgreSQL server the scale-out test needs (installing Debian's
# postgresql if missing), then runs every test. Needs ../shared (seeds, gold labels) beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
export TRANSCHECK_PG_URL="$(scripts/postgres.sh start)"
mvn -B verify "$@"
