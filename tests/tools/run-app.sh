#!/usr/bin/env bash
# Installs what is missing, builds the UI and the app, and opens the Bridgedesk window.
# With no account configured, the window offers a demo workspace.
set -euo pipefail
cd "$(dirname "$0")/../.."
tests/tools/setup-debian.sh --app-only
(cd ui && npm run build --silent)
cargo build -p bridgedesk-app
exec target/debug/bridgedesk "$@"
