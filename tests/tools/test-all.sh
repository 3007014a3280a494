#!/usr/bin/env bash
# Runs every Bridgedesk test on a fresh Debian/Ubuntu machine: installs what is missing, then
# formatting and lints, Rust unit/store/core tests, the UI's unit tests, a benchmark smoke run,
# and the end-to-end tests that drive the real app through tauri-driver under Xvfb.
# Screenshots of the end-to-end run land in target/e2e-screenshots/.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TERM_COLOR=never
# A one-off build gains nothing from incremental caches, which would double the disk it needs.
export CARGO_INCREMENTAL=0
start=$(date +%s)
step() { echo; echo "=== $* ($(( $(date +%s) - start )) s)"; }

step "Setting up"
tests/tools/setup-debian.sh

step "Formatting"
cargo fmt --all -- --check

step "UI: type check, unit tests and production build"
(cd ui && npm run check --silent && npm test --silent && npm run build --silent)

step "Rust: clippy"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "Rust: unit, store and core tests"
# Includes the e-mail scenarios against real Dovecot and Postfix (bridgedesk-core's
# tests/mail_scenarios.rs, bridgedesk-mail's engine tests); setup-debian.sh installs the servers.
cargo test --workspace --quiet

step "Benchmark smoke run (small scale; the real figures come from tests/tools/bench.sh)"
bench_dir=$(mktemp -d)
trap 'rm -rf "$bench_dir"' EXIT
# A debug build (shares the test build's dependencies); figures from it mean nothing, the run
# only proves the generator, the import and the benchmark still work end to end.
cargo run --quiet -p bridgedesk-cli -- generate --scale --conversations 2000 --messages 20000 --db "$bench_dir/scale.sqlite3"
cargo run --quiet -p bridgedesk-cli -- bench --db "$bench_dir/scale.sqlite3" --iterations 5
cargo run --quiet -p bridgedesk-cli -- bench-triage --messages 1000 --rules 200

step "End-to-end: the real app through tauri-driver"
cargo build -p bridgedesk-app --quiet
# 8-mail starts its own Dovecot and Postfix through testkit's mail-fixture.
cargo build -p bridgedesk-testkit --bin mail-fixture --quiet
(cd tests/e2e && npm test --silent)

step "Disk used by the build: $(du -sh target 2>/dev/null | cut -f1)"
step "All tests passed in $(( $(date +%s) - start )) s"
