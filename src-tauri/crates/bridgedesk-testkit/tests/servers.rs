//! Proves the private Dovecot and Postfix behave as the mail tests need: fast start, real
//! authentication, real SMTP → LMTP → Maildir delivery, kill/restart on the same port, SMTP
//! stop/start, server-side mailbox changes, and nothing left behind after drop.
//! Talks raw IMAP/SMTP over TcpStreams so the kit is proven independently of the app's engine.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use base64::Engine as _;
use bridgedesk_testkit::{generate_mailbox, MailServers};

/// A line-oriented plain-text connection (IMAP or SMTP) with TCP_NODELAY.
struct Line {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
}

impl Line {
    fn open(port: u16) -> Result<Self> {
        let stream = TcpStream::connect(("127.0.0.1", port))?;
        stream.set_nodelay(true)?;
        stream.set_read_timeout(Some(Duration::from_secs(10)))?;
        Ok(Line {
            reader: BufReader::new(stream.try_clone()?),
            writer: stream,
        })
    }
    fn read_line(&mut self) -> Result<String> {
        let mut line = String::new();
        if self.reader.read_line(&mut line)? == 0 {
            bail!("connection closed");
        }
        Ok(line)
    }
    fn send(&mut self, text: &str) -> Result<()> {
        self.writer.write_all(text.as_bytes())?;
        Ok(())
    }
    /// Sends an IMAP command and returns the tagged status line.
    fn imap(&mut self, tag: &str, command: &str) -> Result<String> {
        self.send(&format!("{tag} {command}\r\n"))?;
        loop {
            let line = self.read_line()?;
            if line.starts_with(&format!("{tag} ")) {
                return Ok(line);
            }
        }
    }
    /// Sends an SMTP command and returns the last reply line.
    fn smtp(&mut self, command: &str) -> Result<String> {
        self.send(&format!("{command}\r\n"))?;
        self.smtp_reply()
    }
    fn smtp_reply(&mut self) -> Result<String> {
        loop {
            let line = self.read_line()?;
            if line.as_bytes().get(3) != Some(&b'-') {
                return Ok(line);
            }
        }
    }
}

fn imap_login(port: u16, user: &str, password: &str) -> Result<String> {
    let mut imap = Line::open(port)?;
    let greeting = imap.read_line()?;
    assert!(greeting.starts_with("* OK"), "greeting {greeting}");
    imap.imap("a1", &format!("LOGIN {user} {password}"))
}

fn plain(user: &str, password: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(format!("\0{user}\0{password}"))
}

fn wait_for<T>(timeout: Duration, mut probe: impl FnMut() -> Result<Option<T>>) -> Result<T> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(found) = probe()? {
            return Ok(found);
        }
        if Instant::now() > deadline {
            bail!("not within {timeout:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn imap_login_accepts_the_right_password_and_rejects_a_wrong_one() -> Result<()> {
    let started = Instant::now();
    let servers = MailServers::start()?;
    println!(
        "MailServers::start took {:.3} s",
        started.elapsed().as_secs_f64()
    );
    servers.add_user("buyer", "s3cret")?;
    assert!(imap_login(servers.imap_port, "buyer", "s3cret")?.starts_with("a1 OK"));
    assert!(imap_login(servers.imap_port, "buyer@example.test", "s3cret")?.starts_with("a1 OK"));
    assert!(imap_login(servers.imap_port, "buyer", "wrong")?.starts_with("a1 NO"));
    assert!(imap_login(servers.imap_port, "nobody", "s3cret")?.starts_with("a1 NO"));
    Ok(())
}

#[test]
fn imap_offers_idle_condstore_qresync_and_special_use_folders() -> Result<()> {
    let servers = MailServers::start()?;
    servers.add_user("buyer", "pw")?;
    let mut imap = Line::open(servers.imap_port)?;
    imap.read_line()?;
    let login = imap.imap("a1", "LOGIN buyer pw")?;
    for capability in [
        "IDLE",
        "CONDSTORE",
        "QRESYNC",
        "UIDPLUS",
        "MOVE",
        "SPECIAL-USE",
    ] {
        assert!(
            login.contains(capability),
            "{capability} missing in {login}"
        );
    }
    imap.send("a2 LIST \"\" \"*\"\r\n")?;
    let mut listing = String::new();
    loop {
        let line = imap.read_line()?;
        if line.starts_with("a2 ") {
            break;
        }
        listing.push_str(&line);
    }
    for (flag, folder) in [
        ("\\Sent", "Sent"),
        ("\\Archive", "Archive"),
        ("\\Drafts", "Drafts"),
        ("\\Trash", "Trash"),
        ("\\Junk", "Junk"),
    ] {
        assert!(
            listing
                .lines()
                .any(|l| l.contains(flag) && l.trim_end().ends_with(folder)),
            "{folder} {flag} in {listing}"
        );
    }
    Ok(())
}

#[test]
fn smtp_submission_with_auth_is_delivered_into_the_recipients_inbox() -> Result<()> {
    let servers = MailServers::start()?;
    servers.add_user("shop", "shoppw")?;
    servers.add_user("buyer", "buyerpw")?;
    let mut smtp = Line::open(servers.smtp_port)?;
    assert!(smtp.smtp_reply()?.starts_with("220"));
    assert!(smtp.smtp("EHLO client.test")?.starts_with("250"));
    assert!(smtp
        .smtp(&format!("AUTH PLAIN {}", plain("shop", "bad")))?
        .starts_with("535"));
    assert!(smtp
        .smtp(&format!("AUTH PLAIN {}", plain("shop", "shoppw")))?
        .starts_with("235"));
    assert!(smtp
        .smtp("MAIL FROM:<shop@example.test>")?
        .starts_with("250"));
    assert!(smtp
        .smtp("RCPT TO:<buyer@example.test>")?
        .starts_with("250"));
    assert!(smtp.smtp("DATA")?.starts_with("354"));
    let body = "From: shop@example.test\r\nTo: buyer@example.test\r\nSubject: Re: order\r\nMessage-ID: <reply-1@example.test>\r\nIn-Reply-To: <q-1@example.net>\r\n\r\n..leading dot line\r\nYour parcel ships today.\r\n.";
    assert!(smtp.smtp(body)?.starts_with("250"));
    smtp.smtp("QUIT")?;
    let arrived = wait_for(Duration::from_secs(10), || {
        let messages = servers.mailbox_messages("buyer", "INBOX")?;
        Ok(messages
            .into_iter()
            .find(|m| String::from_utf8_lossy(m).contains("<reply-1@example.test>")))
    })
    .map_err(|e| anyhow::anyhow!("{e}\n{}", servers.log_tails()))?;
    let text = String::from_utf8_lossy(&arrived);
    assert!(text.contains("In-Reply-To: <q-1@example.net>"));
    assert!(
        text.contains("\n.leading dot line"),
        "dot-stuffing undone: {text}"
    );
    Ok(())
}

#[test]
fn smtp_without_auth_cannot_send() -> Result<()> {
    let servers = MailServers::start()?;
    servers.add_user("buyer", "pw")?;
    let mut smtp = Line::open(servers.smtp_port)?;
    smtp.smtp_reply()?;
    smtp.smtp("EHLO client.test")?;
    smtp.smtp("MAIL FROM:<someone@example.net>")?;
    assert!(smtp
        .smtp("RCPT TO:<buyer@example.test>")?
        .starts_with("554"));
    Ok(())
}

#[test]
fn killed_imap_drops_connections_and_restarts_on_the_same_port() -> Result<()> {
    let mut servers = MailServers::start()?;
    servers.add_user("buyer", "pw")?;
    servers.write_maildir(
        "buyer",
        "INBOX",
        generate_mailbox(1, 30).messages.into_iter(),
    )?;
    let port = servers.imap_port;
    let mut imap = Line::open(port)?;
    imap.read_line()?;
    imap.imap("a1", "LOGIN buyer pw")?;
    assert!(imap.imap("a2", "SELECT INBOX")?.starts_with("a2 OK"));
    servers.kill_imap();
    assert!(!servers.imap_running());
    assert!(
        imap.imap("a3", "NOOP").is_err(),
        "connection survived the kill"
    );
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_err(),
        "port still accepts after kill"
    );
    servers.restart_imap()?;
    assert_eq!(servers.imap_port, port);
    let mut imap = Line::open(port)?;
    imap.read_line()?;
    imap.imap("a1", "LOGIN buyer pw")?;
    imap.send("a2 STATUS INBOX (MESSAGES)\r\n")?;
    assert!(imap.read_line()?.contains("MESSAGES 30"));
    Ok(())
}

#[test]
fn stopped_smtp_refuses_connections_and_comes_back_on_the_same_port() -> Result<()> {
    let mut servers = MailServers::start()?;
    let port = servers.smtp_port;
    servers.stop_smtp();
    assert!(TcpStream::connect(("127.0.0.1", port)).is_err());
    servers.start_smtp()?;
    let mut smtp = Line::open(port)?;
    assert!(smtp.smtp_reply()?.starts_with("220"));
    Ok(())
}

#[test]
fn lmtp_delivery_and_bulk_maildir_are_read_back_in_uid_order() -> Result<()> {
    let servers = MailServers::start()?;
    servers.add_user("buyer", "pw")?;
    let generated = generate_mailbox(5, 40);
    assert_eq!(
        servers.write_maildir("buyer", "Archive", generated.messages.iter().cloned())?,
        40
    );
    servers.deliver(
        "buyer",
        b"Subject: one\nMessage-ID: <lmtp-1@x>\n\n.dot\nfirst\n",
    )?;
    servers.deliver(
        "buyer",
        b"Subject: two\r\nMessage-ID: <lmtp-2@x>\r\n\r\nsecond\r\n",
    )?;
    let admin = servers.imap_admin("buyer");
    assert_eq!(admin.uids("Archive")?.len(), 40);
    assert_eq!(
        servers.mailbox_messages("buyer", "Archive")?,
        generated.messages
    );
    let inbox = servers.mailbox_messages("buyer", "INBOX")?;
    assert_eq!(inbox.len(), 2);
    assert!(String::from_utf8_lossy(&inbox[0]).contains("<lmtp-1@x>"));
    assert!(String::from_utf8_lossy(&inbox[0]).contains("\n.dot"));
    assert!(String::from_utf8_lossy(&inbox[1]).contains("<lmtp-2@x>"));
    Ok(())
}

#[test]
fn imap_admin_changes_flags_moves_expunges_and_resets_uidvalidity() -> Result<()> {
    let servers = MailServers::start()?;
    servers.add_user("buyer", "pw")?;
    servers.write_maildir(
        "buyer",
        "INBOX",
        generate_mailbox(9, 10).messages.into_iter(),
    )?;
    let admin = servers.imap_admin("buyer");
    assert_eq!(admin.uids("INBOX")?, (1..=10).collect::<Vec<u32>>());
    admin.add_flags("INBOX", &[1, 2], &["\\Seen", "\\Flagged"])?;
    assert_eq!(admin.flags("INBOX", 1)?, ["\\Flagged", "\\Seen"]);
    admin.remove_flags("INBOX", &[1], &["\\Flagged"])?;
    assert_eq!(admin.flags("INBOX", 1)?, ["\\Seen"]);
    admin.move_messages("INBOX", &[3, 4], "Archive")?;
    admin.expunge("INBOX", &[5])?;
    assert_eq!(admin.uids("INBOX")?, [1, 2, 6, 7, 8, 9, 10]);
    assert_eq!(admin.uids("Archive")?, [1, 2]);
    admin.create_folder("Orders/2026")?;
    assert!(admin.uids("Orders/2026")?.is_empty());
    let before = admin.uidvalidity("INBOX")?;
    let after = admin.reset_uidvalidity("INBOX")?;
    assert_ne!(before, after);
    assert_eq!(admin.uidvalidity("INBOX")?, after);
    assert_eq!(admin.uids("INBOX")?.len(), 7);
    // An IMAP client sees the new UIDVALIDITY.
    let mut imap = Line::open(servers.imap_port)?;
    imap.read_line()?;
    imap.imap("a1", "LOGIN buyer pw")?;
    imap.send("a2 SELECT INBOX\r\n")?;
    let mut select = String::new();
    loop {
        let line = imap.read_line()?;
        select.push_str(&line);
        if line.starts_with("a2 ") {
            break;
        }
    }
    assert!(
        select.contains(&format!("[UIDVALIDITY {after}]")),
        "{select}"
    );
    Ok(())
}

#[test]
fn dropping_the_servers_leaves_no_process_and_no_folder() -> Result<()> {
    let servers = MailServers::start()?;
    servers.add_user("buyer", "pw")?;
    // Make both servers fork workers (imap, smtpd, lmtp) before the drop.
    imap_login(servers.imap_port, "buyer", "pw")?;
    let mut smtp = Line::open(servers.smtp_port)?;
    smtp.smtp_reply()?;
    servers.deliver("buyer", b"Subject: x\r\n\r\nx\r\n")?;
    let pids = servers.pids();
    assert!(
        pids.len() >= 4,
        "expected masters and workers, got {pids:?}"
    );
    let dir = servers.dir.clone();
    let (imap_port, smtp_port) = (servers.imap_port, servers.smtp_port);
    drop(servers);
    let alive: Vec<u32> = pids
        .iter()
        .copied()
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .map(|stat| {
                    !stat
                        .rsplit(')')
                        .next()
                        .unwrap_or("")
                        .trim_start()
                        .starts_with('Z')
                })
                .unwrap_or(false)
        })
        .collect();
    assert!(alive.is_empty(), "left running: {alive:?}");
    assert!(!dir.exists(), "{} not removed", dir.display());
    assert!(TcpStream::connect(("127.0.0.1", imap_port)).is_err());
    assert!(TcpStream::connect(("127.0.0.1", smtp_port)).is_err());
    Ok(())
}

#[test]
fn mail_accepted_while_dovecot_is_down_is_delivered_after_both_restart() -> Result<()> {
    let mut servers = MailServers::start()?;
    servers.add_user("shop", "pw")?;
    servers.add_user("buyer", "pw")?;
    servers.kill_imap();
    let mut smtp = Line::open(servers.smtp_port)?;
    smtp.smtp_reply()?;
    smtp.smtp("EHLO client.test")?;
    // Dovecot's auth is down too: SASL fails temporarily, so submission must wait for it.
    assert!(!smtp
        .smtp(&format!("AUTH PLAIN {}", plain("shop", "pw")))?
        .starts_with("235"));
    servers.restart_imap()?;
    let mut smtp = Line::open(servers.smtp_port)?;
    smtp.smtp_reply()?;
    smtp.smtp("EHLO client.test")?;
    assert!(smtp
        .smtp(&format!("AUTH PLAIN {}", plain("shop", "pw")))?
        .starts_with("235"));
    smtp.smtp("MAIL FROM:<shop@example.test>")?;
    smtp.smtp("RCPT TO:<buyer@example.test>")?;
    smtp.smtp("DATA")?;
    // Accepted into Postfix's queue, then Dovecot (LMTP) goes away before delivery completes
    // or right after; Postfix keeps the message across its own stop and start.
    servers.kill_imap();
    assert!(smtp
        .smtp("Subject: queued\r\nMessage-ID: <queued-1@example.test>\r\n\r\nwait for me\r\n.")?
        .starts_with("250"));
    smtp.smtp("QUIT")?;
    servers.stop_smtp();
    // Postfix's smtpd needs Dovecot's auth socket: Dovecot first.
    servers.restart_imap()?;
    servers.start_smtp()?;
    let count = wait_for(Duration::from_secs(15), || {
        let found = servers
            .mailbox_messages("buyer", "INBOX")?
            .iter()
            .filter(|m| String::from_utf8_lossy(m).contains("<queued-1@example.test>"))
            .count();
        Ok((found > 0).then_some(found))
    })
    .map_err(|e| anyhow::anyhow!("{e}\n{}", servers.log_tails()))?;
    assert_eq!(count, 1, "delivered exactly once");
    Ok(())
}

#[test]
fn imap_only_servers_serve_imap_and_refuse_to_start_smtp() -> Result<()> {
    let mut servers = MailServers::start_imap_only()?;
    servers.add_user("buyer", "pw")?;
    assert!(imap_login(servers.imap_port, "buyer", "pw")?.starts_with("a1 OK"));
    servers.deliver("buyer", b"Subject: lmtp only\r\n\r\nx\r\n")?;
    assert_eq!(servers.mailbox_messages("buyer", "INBOX")?.len(), 1);
    assert!(TcpStream::connect(("127.0.0.1", servers.smtp_port)).is_err());
    assert!(servers.start_smtp().is_err());
    Ok(())
}

#[test]
fn bulk_written_messages_get_their_date_header_as_internaldate() -> Result<()> {
    let servers = MailServers::start_imap_only()?;
    servers.add_user("buyer", "pw")?;
    let raw = b"From: a@example.net\r\nDate: Mon, 05 Jan 2026 10:00:00 +0100\r\nSubject: dated\r\n\r\nx\r\n".to_vec();
    servers.write_maildir("buyer", "INBOX", std::iter::once(raw))?;
    let mut imap = Line::open(servers.imap_port)?;
    imap.read_line()?;
    imap.imap("a1", "LOGIN buyer pw")?;
    imap.imap("a2", "SELECT INBOX")?;
    imap.send("a3 UID FETCH 1 (INTERNALDATE)\r\n")?;
    let line = imap.read_line()?;
    // The kit runs Dovecot with TZ=UTC, so the instant is reported in UTC.
    assert!(line.contains("05-Jan-2026 09:00:00 +0000"), "{line}");
    Ok(())
}
