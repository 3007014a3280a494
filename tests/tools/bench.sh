#!/usr/bin/env bash
# Generates the 1M-message scale database (100k conversations) once and benchmarks the inbox's
# hot paths on it. Prints p50/p95 and a same-process comparison with a LIKE scan.
# Usage: tests/tools/bench.sh [DB_FILE]   (default target/bench/scale-1m.sqlite3)
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${1:-target/bench/scale-1m.sqlite3}
mkdir -p "$(dirname "$db")"
cargo build --release -p bridgedesk-cli --quiet
if [ ! -s "$db" ]; then
  target/release/bridgedesk-cli generate --scale --conversations 100000 --messages 1000000 --db "$db"
fi
target/release/bridgedesk-cli stats --db "$db"
target/release/bridgedesk-cli bench --db "$db" --iterations 200
