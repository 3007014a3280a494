//! [`MailServers`]: one private Dovecot (IMAP + LMTP) and one private Postfix (SMTP) for a test,
//! on 127.0.0.1 and free high ports, in a temporary folder; controllable (kill and restart IMAP
//! on the same port, stop and start SMTP, flag/move/expunge/UIDVALIDITY through `doveadm`) and
//! stopped by their own PIDs on drop.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, TcpStream};
use std::path::PathBuf;
use std::process::Child;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::dovecot::{DovecotLayout, DovecotTls};
use crate::maildir;
use crate::postfix::{PostfixLayout, PostfixTls};
use crate::process::{self, RunAs};
use crate::tls::{issue_certificates, ServerTls};

/// The mail domain of every test user: `add_user("buyer", …)` receives `buyer@example.test`.
pub const MAIL_DOMAIN: &str = "example.test";

const START_TIMEOUT: Duration = Duration::from_secs(10);
const STOP_GRACE: Duration = Duration::from_secs(3);

/// A running private Dovecot and Postfix. Dropping it stops both (by PID) and removes `dir`.
#[derive(Debug)]
pub struct MailServers {
    /// IMAP port on 127.0.0.1 (plain text, `LOGIN`/`AUTHENTICATE PLAIN` allowed; STARTTLS
    /// offered in TLS mode).
    pub imap_port: u16,
    /// SMTP port on 127.0.0.1 (plain text, `AUTH PLAIN`/`LOGIN` required to send; STARTTLS
    /// offered in TLS mode).
    pub smtp_port: u16,
    /// LMTP port on 127.0.0.1 (Dovecot's delivery agent; what Postfix delivers to).
    pub lmtp_port: u16,
    /// The temporary folder holding configs, logs, queues and mailboxes.
    pub dir: PathBuf,
    /// Present in TLS mode ([`MailServers::start_with_tls`]): the implicit-TLS ports and the
    /// throw-away authority that signed the servers' `localhost` certificate.
    pub tls: Option<ServerTls>,
    user: RunAs,
    dovecot: DovecotLayout,
    postfix: PostfixLayout,
    imap: Option<Child>,
    smtp: Option<Child>,
    smtp_prepared: bool,
    _temp: tempfile::TempDir,
}

impl MailServers {
    /// Starts Dovecot (IMAP + LMTP) and Postfix (SMTP with SASL via Dovecot, delivering over
    /// LMTP) and waits until their ports accept connections.
    pub fn start() -> Result<Self> {
        Self::start_with(true, false)
    }

    /// Like [`MailServers::start`], with TLS as well: a certificate for `localhost` signed by an
    /// authority made for this run (see [`ServerTls`]), STARTTLS on the IMAP and SMTP ports, and
    /// an imaps and an smtps port. Clear text stays allowed on the plain ports.
    pub fn start_with_tls() -> Result<Self> {
        Self::start_with(true, true)
    }

    /// Starts only Dovecot (IMAP + LMTP). Works without root (Postfix's private instance does
    /// not), e.g. on a developer machine; `start_smtp` then fails and `smtp_port` accepts
    /// nothing.
    pub fn start_imap_only() -> Result<Self> {
        Self::start_with(false, false)
    }

    fn start_with(smtp: bool, tls: bool) -> Result<Self> {
        // Free ports are chosen, then released for the servers: a parallel test may take one
        // in between. The server then fails to bind; start again on other ports.
        let mut attempt = 1;
        loop {
            match Self::start_on_free_ports(smtp, tls) {
                Err(e) if attempt < 3 && format!("{e:#}").contains("in use") => {
                    tracing::warn!(attempt, "a test mail server port was taken, retrying");
                    attempt += 1;
                }
                other => return other,
            }
        }
    }

    fn start_on_free_ports(smtp: bool, tls: bool) -> Result<Self> {
        let started = Instant::now();
        let user = process::run_as()?;
        let temp = tempfile::Builder::new()
            .prefix("bridgedesk-mail-")
            .tempdir()?;
        let dir = temp.path().to_path_buf();
        // Postfix and Dovecot's unprivileged processes must traverse the folder.
        fs::set_permissions(&dir, std::os::unix::fs::PermissionsExt::from_mode(0o755))?;
        let ports = process::free_ports(if tls { 5 } else { 3 })?;
        let tls = if tls {
            let (files, ca_der) = issue_certificates(&dir.join("tls"))?;
            Some((
                ServerTls {
                    imaps_port: ports[3],
                    smtps_port: ports[4],
                    ca_der,
                    ca_pem_path: files.ca.clone(),
                },
                files,
            ))
        } else {
            None
        };
        // Both servers greet with the folder's unique name: proof the port is ours.
        let token = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dovecot = DovecotLayout {
            token: token.clone(),
            dir: dir.join("dovecot"),
            imap_port: ports[0],
            lmtp_port: ports[2],
            tls: tls.as_ref().map(|(ports, files)| DovecotTls {
                imaps_port: ports.imaps_port,
                files: files.clone(),
            }),
        };
        for sub in ["run", "state", "mail"] {
            fs::create_dir_all(dovecot.dir.join(sub))?;
        }
        fs::write(dovecot.config_path(), dovecot.config(&user))?;
        fs::create_dir_all(dovecot.users_path())?;
        fs::write(dovecot.log_path(), "")?;
        process::give_to(&dovecot.dir.join("mail"), &user)?;
        let postfix = PostfixLayout {
            token,
            dir: dir.join("postfix"),
            smtp_port: ports[1],
            lmtp_port: ports[2],
            auth_socket: dovecot.auth_socket(),
            tls: tls.as_ref().map(|(ports, files)| PostfixTls {
                smtps_port: ports.smtps_port,
                key_and_chain: files.key_and_chain.clone(),
            }),
        };
        let mut servers = MailServers {
            imap_port: ports[0],
            smtp_port: ports[1],
            lmtp_port: ports[2],
            dir,
            tls: tls.map(|(server_tls, _)| server_tls),
            user,
            dovecot,
            postfix,
            imap: None,
            smtp: None,
            smtp_prepared: false,
            _temp: temp,
        };
        servers.restart_imap()?;
        let imap_ms = started.elapsed().as_millis() as u64;
        if smtp {
            servers.postfix.prepare()?;
            servers.smtp_prepared = true;
            servers.start_smtp()?;
        }
        tracing::info!(
            imap = servers.imap_port,
            smtp = servers.smtp_port,
            imap_ms,
            total_ms = started.elapsed().as_millis() as u64,
            "test mail servers started"
        );
        Ok(servers)
    }

    /// The address of a test user: `user@example.test`.
    pub fn address(&self, user: &str) -> String {
        format!("{user}@{MAIL_DOMAIN}")
    }

    /// Adds a mailbox user (log in as `user` or `user@example.test`); its special-use folders
    /// (Drafts, Sent, Archive, Junk, Trash) are created on first login or delivery.
    pub fn add_user(&self, user: &str, password: &str) -> Result<()> {
        if user.is_empty() || user.contains([':', '\n', '@', '/']) || password.contains(['\n', ':'])
        {
            bail!("test user names may not be empty or contain ':', '@', '/' or newlines");
        }
        // One passwd-file per user: Dovecot re-reads a changed file at most once a second, a
        // new file at once.
        fs::write(
            self.dovecot.users_path().join(user),
            format!("{user}:{{PLAIN}}{password}\n"),
        )?;
        let home = self.dovecot.home(user);
        fs::create_dir_all(home.join("Maildir"))?;
        process::give_to(&home, &self.user)?;
        // Create the special-use folders now, so a first sync sees them.
        self.dovecot
            .doveadm(&["mailbox", "status", "-u", user, "messages", "INBOX"])?;
        Ok(())
    }

    /// Delivers one raw message to `user` through Dovecot's LMTP (real delivery: Sieve-less
    /// LDA path, indexes updated, IDLE clients notified).
    pub fn deliver(&self, user: &str, raw: &[u8]) -> Result<()> {
        let stream = TcpStream::connect((Ipv4Addr::LOCALHOST, self.lmtp_port))
            .context("connecting to LMTP")?;
        stream.set_nodelay(true)?;
        stream.set_read_timeout(Some(Duration::from_secs(10)))?;
        let mut reader = BufReader::new(stream.try_clone()?);
        let mut writer = stream;
        let mut reply = |expect: &str| -> Result<()> {
            let last = loop {
                let mut line = String::new();
                if reader.read_line(&mut line)? == 0 {
                    bail!("LMTP closed the connection");
                }
                if line.as_bytes().get(3) != Some(&b'-') {
                    break line;
                }
            };
            if !last.starts_with(expect) {
                bail!("LMTP answered {:?}, expected {expect}", last.trim_end());
            }
            Ok(())
        };
        reply("220")?;
        writer.write_all(b"LHLO testkit\r\n")?;
        reply("250")?;
        writer.write_all(format!("MAIL FROM:<sender@{MAIL_DOMAIN}>\r\n").as_bytes())?;
        reply("250")?;
        writer.write_all(format!("RCPT TO:<{}>\r\n", self.address(user)).as_bytes())?;
        reply("250")?;
        writer.write_all(b"DATA\r\n")?;
        reply("354")?;
        writer.write_all(&dot_stuff(raw))?;
        writer.write_all(b".\r\n")?;
        reply("250")?;
        writer.write_all(b"QUIT\r\n")?;
        Ok(())
    }

    /// Writes many messages straight into `user`'s Maildir `folder` (created if needed; "INBOX",
    /// "Archive", "Orders/2024", …). Much faster than delivery; Dovecot indexes them on next
    /// access. Returns how many were written.
    pub fn write_maildir(
        &self,
        user: &str,
        folder: &str,
        msgs: impl Iterator<Item = Vec<u8>>,
    ) -> Result<usize> {
        let root = self.dovecot.home(user).join("Maildir");
        let dir = maildir::folder_path(&root, folder);
        let tag = format!("{}", std::process::id());
        let unique = format!(
            "{tag}x{}",
            fs::read_dir(dir.join("cur"))
                .map(|d| d.count())
                .unwrap_or(0)
        );
        let count = maildir::write_messages(&dir, msgs, &unique)?;
        if !folder.eq_ignore_ascii_case("INBOX") {
            let subscriptions = root.join("subscriptions");
            let existing = fs::read_to_string(&subscriptions).unwrap_or_default();
            if !existing.lines().any(|l| l == folder) {
                fs::write(&subscriptions, format!("{existing}{folder}\n"))?;
            }
        }
        process::give_to(&self.dovecot.home(user), &self.user)?;
        Ok(count)
    }

    /// Every message in `user`'s `folder`, in UID order (what arrived, for assertions).
    pub fn mailbox_messages(&self, user: &str, folder: &str) -> Result<Vec<Vec<u8>>> {
        let root = self.dovecot.home(user).join("Maildir");
        maildir::read_messages(&maildir::folder_path(&root, folder))
    }

    /// Server-side changes to `user`'s mailboxes, as another mail client would make them.
    pub fn imap_admin(&self, user: &str) -> ImapAdmin<'_> {
        ImapAdmin {
            servers: self,
            user: user.to_owned(),
        }
    }

    /// Kills Dovecot at once (SIGKILL to it and its children): open IMAP connections drop.
    pub fn kill_imap(&mut self) {
        if let Some(mut child) = self.imap.take() {
            process::stop_tree(&mut child, true, STOP_GRACE);
        }
    }

    /// (Re)starts Dovecot on the same ports; waits until IMAP accepts connections.
    pub fn restart_imap(&mut self) -> Result<()> {
        self.kill_imap();
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            let mut child = self.dovecot.spawn()?;
            match process::wait_for_port(
                self.imap_port,
                &self.dovecot.token,
                &mut child,
                START_TIMEOUT,
                "dovecot",
                &self.dovecot.log_path(),
            ) {
                Ok(()) => {
                    self.imap = Some(child);
                    return Ok(());
                }
                // The old listening socket may linger a moment after a kill: retry.
                Err(e)
                    if Instant::now() < deadline
                        && process::log_tail(&self.dovecot.log_path()).contains("in use") =>
                {
                    tracing::debug!(error = %e, "dovecot port still busy, retrying");
                    process::stop_tree(&mut child, true, STOP_GRACE);
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(e) => {
                    process::stop_tree(&mut child, true, STOP_GRACE);
                    return Err(e);
                }
            }
        }
    }

    /// Whether Dovecot is running.
    pub fn imap_running(&self) -> bool {
        self.imap.is_some()
    }

    /// Stops Postfix (queued mail stays in its queue); SMTP connections are refused.
    pub fn stop_smtp(&mut self) {
        if let Some(mut child) = self.smtp.take() {
            process::stop_tree(&mut child, false, STOP_GRACE);
        }
    }

    /// Starts Postfix again on the same port; waits until SMTP greets. Dovecot must be running:
    /// Postfix's smtpd authenticates through Dovecot's auth socket and refuses to start
    /// without it.
    pub fn start_smtp(&mut self) -> Result<()> {
        if self.smtp.is_some() {
            return Ok(());
        }
        if !self.smtp_prepared {
            bail!("these test servers were started without SMTP (start_imap_only)");
        }
        // Right after a stop, the old master's children may still hold Postfix's lock for a
        // moment and the new master exits ("already running"): try again a few times.
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut child = self.postfix.spawn()?;
            match process::wait_for_port(
                self.smtp_port,
                &self.postfix.token,
                &mut child,
                START_TIMEOUT,
                "postfix",
                &self.postfix.log_path(),
            ) {
                Ok(()) => {
                    self.smtp = Some(child);
                    return Ok(());
                }
                Err(e) => {
                    process::stop_tree(&mut child, true, STOP_GRACE);
                    if attempt >= 5 {
                        return Err(e);
                    }
                    std::thread::sleep(std::time::Duration::from_millis(300));
                }
            }
        }
    }

    /// The PIDs of both servers and all their children (for leak checks in tests).
    pub fn pids(&self) -> Vec<u32> {
        let mut pids = Vec::new();
        for child in self.imap.iter().chain(self.smtp.iter()) {
            pids.push(child.id());
            pids.extend(process::descendants(child.id()));
        }
        pids.sort_unstable();
        pids
    }

    /// The tail of Dovecot's and Postfix's logs (for failing-test messages).
    pub fn log_tails(&self) -> String {
        format!(
            "--- dovecot ---\n{}\n--- postfix ---\n{}",
            process::log_tail(&self.dovecot.log_path()),
            process::log_tail(&self.postfix.log_path())
        )
    }
}

impl Drop for MailServers {
    fn drop(&mut self) {
        self.stop_smtp();
        if let Some(mut child) = self.imap.take() {
            process::stop_tree(&mut child, false, STOP_GRACE);
        }
    }
}

/// Server-side mailbox changes for one user through `doveadm` (as another client would do).
#[derive(Debug)]
pub struct ImapAdmin<'a> {
    servers: &'a MailServers,
    user: String,
}

impl ImapAdmin<'_> {
    fn run(&self, args: &[&str]) -> Result<String> {
        let mut full = vec![args[0], "-u", self.user.as_str()];
        full.extend_from_slice(&args[1..]);
        self.servers.dovecot.doveadm(&full)
    }

    fn uid_set(uids: &[u32]) -> String {
        uids.iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Creates a folder.
    pub fn create_folder(&self, folder: &str) -> Result<()> {
        self.servers
            .dovecot
            .doveadm(&["mailbox", "create", "-u", &self.user, "-s", folder])?;
        Ok(())
    }

    /// The UIDs in a folder, ascending.
    pub fn uids(&self, folder: &str) -> Result<Vec<u32>> {
        let out = self.run(&["search", "mailbox", folder, "ALL"])?;
        let mut uids: Vec<u32> = out
            .lines()
            .filter_map(|l| l.split_whitespace().nth(1)?.parse().ok())
            .collect();
        uids.sort_unstable();
        Ok(uids)
    }

    /// The flags of one message (e.g. `["\\Seen", "$Label1"]`).
    pub fn flags(&self, folder: &str, uid: u32) -> Result<Vec<String>> {
        let out = self.run(&["fetch", "flags", "mailbox", folder, "uid", &uid.to_string()])?;
        let text = out.trim().strip_prefix("flags:").unwrap_or("").trim();
        // \Recent is session state, not a stored flag.
        let mut flags: Vec<String> = text
            .split_whitespace()
            .filter(|f| *f != "\\Recent")
            .map(str::to_owned)
            .collect();
        flags.sort();
        Ok(flags)
    }

    /// Adds flags (`\Seen`, `\Flagged`, keywords) to messages.
    pub fn add_flags(&self, folder: &str, uids: &[u32], flags: &[&str]) -> Result<()> {
        self.change_flags("add", folder, uids, flags)
    }

    fn change_flags(&self, how: &str, folder: &str, uids: &[u32], flags: &[&str]) -> Result<()> {
        let set = Self::uid_set(uids);
        let flags = flags.join(" ");
        let full = [
            "flags",
            how,
            "-u",
            self.user.as_str(),
            &flags,
            "mailbox",
            folder,
            "uid",
            &set,
        ];
        self.servers.dovecot.doveadm(&full)?;
        Ok(())
    }

    /// Removes flags from messages.
    pub fn remove_flags(&self, folder: &str, uids: &[u32], flags: &[&str]) -> Result<()> {
        self.change_flags("remove", folder, uids, flags)
    }

    /// Moves messages to another folder (they get new UIDs there).
    pub fn move_messages(&self, from: &str, uids: &[u32], to: &str) -> Result<()> {
        let set = Self::uid_set(uids);
        self.servers
            .dovecot
            .doveadm(&["move", "-u", &self.user, to, "mailbox", from, "uid", &set])?;
        Ok(())
    }

    /// Expunges messages.
    pub fn expunge(&self, folder: &str, uids: &[u32]) -> Result<()> {
        let set = Self::uid_set(uids);
        self.run(&["expunge", "mailbox", folder, "uid", &set])?;
        Ok(())
    }

    /// The folder's current UIDVALIDITY.
    pub fn uidvalidity(&self, folder: &str) -> Result<u32> {
        let out = self.servers.dovecot.doveadm(&[
            "mailbox",
            "status",
            "-u",
            &self.user,
            "uidvalidity",
            folder,
        ])?;
        // Output: `INBOX uidvalidity=1795400958`.
        out.split("uidvalidity=")
            .nth(1)
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .with_context(|| format!("unexpected doveadm status output {out:?}"))
    }

    /// Resets the folder's UIDVALIDITY (as after a server restore): messages stay, but every
    /// client must forget its UIDs. Returns the new value.
    pub fn reset_uidvalidity(&self, folder: &str) -> Result<u32> {
        let new = self.uidvalidity(folder)?.wrapping_add(1000).max(1);
        self.servers.dovecot.doveadm(&[
            "mailbox",
            "update",
            "-u",
            &self.user,
            "--uid-validity",
            &new.to_string(),
            folder,
        ])?;
        Ok(new)
    }
}

/// SMTP/LMTP DATA transparency: CRLF line ends, leading dots doubled, ends with CRLF.
fn dot_stuff(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len() + 64);
    let mut at_line_start = true;
    let mut prev = 0u8;
    for &b in raw {
        if b == b'\n' && prev != b'\r' {
            out.push(b'\r');
        }
        if at_line_start && b == b'.' {
            out.push(b'.');
        }
        out.push(b);
        at_line_start = b == b'\n';
        prev = b;
    }
    if !out.ends_with(b"\r\n") {
        out.extend_from_slice(b"\r\n");
    }
    out
}
