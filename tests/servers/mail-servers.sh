#!/usr/bin/env bash
# Starts the private Dovecot + Postfix used by the mail tests, for trying the e-mail channel by
# hand: prints host, ports and credentials, fills the INBOX with a generated mailbox, and stops
# both servers (by PID) and removes their folder on Ctrl-C.
# Usage: tests/servers/mail-servers.sh [--messages N] [--seed S] [--user U] [--password P]
set -euo pipefail
cd "$(dirname "$0")/../.."
exec cargo run --quiet --release -p bridgedesk-testkit --bin mail-fixture -- "$@"
