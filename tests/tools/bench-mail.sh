#!/usr/bin/env bash
# Mail sync benchmark (issue 3): fills a private Dovecot with a realistic generated mailbox
# (default 10,000 messages: nine languages, legacy charsets, HTML, attachments, Amazon/eBay
# relays), then times in the same run
#   (a) our initial sync `bridgedesk-cli mail sync` into an empty database, and
#   (b) mbsync (isync) pulling the same mailbox into a Maildir,
# then a no-change resync of both, and prints seconds and the ratio ours/mbsync.
# Target: ours <= 1.2x mbsync's initial pull.
#
# Usage: tests/tools/bench-mail.sh [--messages N] [--mbsync-only]
#   --mbsync-only  skip our client (e.g. to check the peer's figures alone).
# Needs: dovecot-imapd dovecot-lmtpd postfix isync (tests/tools/setup-debian.sh), root (the
# private Postfix instance needs it).
set -euo pipefail
cd "$(dirname "$0")/../.."

messages=10000
ours=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --messages) messages="$2"; shift 2 ;;
    --mbsync-only) ours=no; shift ;;
    *) echo "usage: $0 [--messages N] [--mbsync-only]" >&2; exit 2 ;;
  esac
done

command -v mbsync >/dev/null || { echo "mbsync is missing: run tests/tools/setup-debian.sh (package isync)" >&2; exit 1; }
target=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet -p bridgedesk-testkit --bin mail-fixture
if [ "$ours" = yes ]; then
  cargo build --release --quiet -p bridgedesk-cli
fi

work=$(mktemp -d -t bridgedesk-bench-mail.XXXXXX)
fixture_pid=""
cleanup() {
  if [ -n "$fixture_pid" ]; then
    kill -TERM "$fixture_pid" 2>/dev/null || true
    wait "$fixture_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

echo "Starting Dovecot and Postfix and filling $messages messages..."
"$target/release/mail-fixture" --messages "$messages" >"$work/fixture.out" 2>"$work/fixture.err" &
fixture_pid=$!
for _ in $(seq 1 1200); do
  grep -qx ready "$work/fixture.out" 2>/dev/null && break
  if ! kill -0 "$fixture_pid" 2>/dev/null; then
    echo "mail-fixture failed:" >&2; tail -20 "$work/fixture.err" >&2; exit 1
  fi
  sleep 0.1
done
grep -qx ready "$work/fixture.out" || { echo "mail-fixture not ready after 120 s" >&2; exit 1; }
fact() { sed -n "s/^$1=//p" "$work/fixture.out"; }
port=$(fact imap_port); user=$(fact user); password=$(fact password)
echo "servers started in $(fact start_seconds) s; $(fact messages) messages ($(fact bytes) bytes, $(fact threads) threads) written and indexed in $(fact fill_seconds) s; IMAP on 127.0.0.1:$port"

ours_full="" ours_resync=""
if [ "$ours" = yes ]; then
  db="$work/bench.sqlite3"
  sync_ours() {
    BRIDGEDESK_MAIL_PASSWORD="$password" "$target/release/bridgedesk-cli" mail sync \
      --imap-host 127.0.0.1 --imap-port "$port" --security plain --user "$user" --db "$db" \
      >"$work/ours.out" 2>"$work/ours.err"
  }
  echo "(a) bridgedesk-cli mail sync into an empty database..."
  t=$(now)
  if ! sync_ours; then
    if grep -q "unknown command" "$work/ours.err"; then
      echo "bridgedesk-cli has no 'mail sync' command yet (issue 3, integration part); run with --mbsync-only meanwhile." >&2
    else
      echo "bridgedesk-cli mail sync failed:" >&2; tail -20 "$work/ours.err" >&2
    fi
    exit 1
  fi
  ours_full=$(since "$t")
  t=$(now); sync_ours; ours_resync=$(since "$t")
  tail -3 "$work/ours.out"
fi

echo "(b) mbsync pulling the same mailbox into a Maildir..."
printf '%s\n' "$password" >"$work/pass"
chmod 600 "$work/pass"
write_mbsyncrc() {  # $1: rc file, $2: Maildir root, $3: FSync yes|no
  mkdir -p "$2"
  cat >"$1" <<EOF
FSync $3

IMAPAccount bench
Host 127.0.0.1
Port $port
User $user
PassCmd "cat $work/pass"
SSLType None
AuthMechs LOGIN PLAIN

IMAPStore far
Account bench

MaildirStore near
Path $2/
Inbox $2/INBOX
SubFolders Verbatim

Channel bench
Far :far:
Near :near:
Patterns *
Create Near
Sync Pull
SyncState *
EOF
}
write_mbsyncrc "$work/mbsyncrc" "$work/maildir" yes
t=$(now); mbsync -q -c "$work/mbsyncrc" -a; mbsync_full=$(since "$t")
t=$(now); mbsync -q -c "$work/mbsyncrc" -a; mbsync_resync=$(since "$t")
pulled=$(find "$work/maildir/INBOX/cur" "$work/maildir/INBOX/new" -type f | wc -l)
[ "$pulled" -eq "$(fact messages)" ] || { echo "mbsync pulled $pulled of $(fact messages) INBOX messages" >&2; exit 1; }
echo "    and with FSync no (the peer's faster setting) into a second Maildir..."
write_mbsyncrc "$work/mbsyncrc-nofsync" "$work/maildir-nofsync" no
t=$(now); mbsync -q -c "$work/mbsyncrc-nofsync" -a; mbsync_nofsync=$(since "$t")

echo
echo "Mail sync benchmark, $messages messages ($(fact bytes) bytes), same Dovecot, same run,"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores:"
printf '  %-28s %10s %10s\n' "" "initial" "resync"
[ -n "$ours_full" ] && printf '  %-28s %9ss %9ss\n' "bridgedesk-cli mail sync" "$ours_full" "$ours_resync"
printf '  %-28s %9ss %9ss\n' "mbsync (isync, FSync yes)" "$mbsync_full" "$mbsync_resync"
printf '  %-28s %9ss %10s\n' "mbsync (isync, FSync no)" "$mbsync_nofsync" "-"
if [ -n "$ours_full" ]; then
  awk -v o="$ours_full" -v m="$mbsync_full" -v n="$mbsync_nofsync" -v ro="$ours_resync" -v rm="$mbsync_resync" 'BEGIN {
    printf "  ratio ours/mbsync (FSync yes): initial %.2fx (target <= 1.2x), resync %.2fx\n", o / m, (rm > 0 ? ro / rm : 0)
    printf "  ratio ours/mbsync (FSync no):  initial %.2fx\n", o / n }'
fi
