//! `mail-fixture`: starts the private Dovecot and Postfix, adds a user, fills their INBOX with a
//! generated mailbox, prints the connection facts as `key=value` lines ending with `ready`, and
//! stays up until SIGTERM/SIGINT, then stops the servers by PID and removes the folder. Used by
//! tests/tools/bench-mail.sh and for trying the mail channel by hand.
//!
//! Usage: mail-fixture [--messages N] [--seed S] [--user U] [--password P] [--imap-only]
//! (`--imap-only`: Dovecot alone, which also runs without root.)

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use bridgedesk_testkit::{generate_mailbox, MailServers};

static STOP: AtomicBool = AtomicBool::new(false);

extern "C" fn on_signal(_: libc::c_int) {
    STOP.store(true, Ordering::SeqCst);
}

struct Options {
    messages: usize,
    seed: u64,
    user: String,
    password: String,
    imap_only: bool,
}

fn parse_options() -> Result<Options> {
    let mut options = Options {
        messages: 0,
        seed: 3,
        user: "buyer".into(),
        password: "secret".into(),
        imap_only: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--messages" => options.messages = value()?.parse().context("--messages takes a number")?,
            "--seed" => options.seed = value()?.parse().context("--seed takes a number")?,
            "--user" => options.user = value()?,
            "--password" => options.password = value()?,
            "--imap-only" => options.imap_only = true,
            other => bail!("unknown argument {other}; usage: mail-fixture [--messages N] [--seed S] [--user U] [--password P] [--imap-only]"),
        }
    }
    Ok(options)
}

fn main() -> Result<()> {
    let options = parse_options()?;
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(
            libc::SIGTERM,
            on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
        libc::signal(
            libc::SIGINT,
            on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
    }
    let started = Instant::now();
    let servers = if options.imap_only {
        MailServers::start_imap_only()?
    } else {
        MailServers::start()?
    };
    let start_secs = started.elapsed().as_secs_f64();
    servers.add_user(&options.user, &options.password)?;
    let fill = Instant::now();
    let mailbox = generate_mailbox(options.seed, options.messages);
    let bytes: usize = mailbox.messages.iter().map(Vec::len).sum();
    servers.write_maildir(&options.user, "INBOX", mailbox.messages.into_iter())?;
    // Let Dovecot index the folder now, so neither benchmarked client pays for it.
    let count = servers.imap_admin(&options.user).uids("INBOX")?.len();
    println!("imap_host=127.0.0.1");
    println!("imap_port={}", servers.imap_port);
    println!("smtp_port={}", servers.smtp_port);
    println!("lmtp_port={}", servers.lmtp_port);
    println!("user={}", options.user);
    println!("password={}", options.password);
    println!("address={}", servers.address(&options.user));
    println!("messages={count}");
    println!("threads={}", mailbox.threads);
    println!("bytes={bytes}");
    println!("dir={}", servers.dir.display());
    println!("start_seconds={start_secs:.3}");
    println!("fill_seconds={:.3}", fill.elapsed().as_secs_f64());
    println!("ready");
    while !STOP.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(100));
    }
    drop(servers);
    Ok(())
}
