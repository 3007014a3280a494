//! Process plumbing for the test servers: free ports, waiting for a port to accept, the tail of
//! a log for error messages, the unprivileged user, and stopping a server and its children by
//! their own PIDs (never by name), so parallel tests and other helpers are never touched.

use std::fs;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::Child;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// The system user the servers drop to when the tests run as root.
pub(crate) const TEST_USER: &str = "bdtest";

/// A user the servers run their mail processes as.
#[derive(Debug, Clone)]
pub(crate) struct RunAs {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    pub is_root: bool,
}

/// The user to run mail processes as: `bdtest` (created if missing) when root, else ourselves.
pub(crate) fn run_as() -> Result<RunAs> {
    // SAFETY: geteuid has no preconditions and cannot fail.
    let euid = unsafe { libc::geteuid() };
    if euid == 0 {
        if lookup_user(TEST_USER)?.is_none() {
            let status = std::process::Command::new("useradd")
                .args([
                    "--system",
                    "--no-create-home",
                    "--shell",
                    "/usr/sbin/nologin",
                    TEST_USER,
                ])
                .status()
                .context("running useradd to create the test mail user")?;
            // Another test may have created it at the same moment.
            if !status.success() && lookup_user(TEST_USER)?.is_none() {
                bail!("useradd {TEST_USER} failed: {status}");
            }
        }
        let (uid, gid) = lookup_user(TEST_USER)?
            .with_context(|| format!("user {TEST_USER} missing after useradd"))?;
        Ok(RunAs {
            name: TEST_USER.to_owned(),
            uid,
            gid,
            is_root: true,
        })
    } else {
        // SAFETY: getegid has no preconditions and cannot fail.
        let egid = unsafe { libc::getegid() };
        let name = fs::read_to_string("/etc/passwd")
            .ok()
            .and_then(|passwd| {
                passwd.lines().find_map(|line| {
                    let fields: Vec<&str> = line.split(':').collect();
                    (fields.len() > 3 && fields[2] == euid.to_string())
                        .then(|| fields[0].to_owned())
                })
            })
            .or_else(|| std::env::var("USER").ok())
            .context("cannot find the current user's name")?;
        Ok(RunAs {
            name,
            uid: euid,
            gid: egid,
            is_root: false,
        })
    }
}

fn lookup_user(name: &str) -> Result<Option<(u32, u32)>> {
    let passwd = fs::read_to_string("/etc/passwd").context("reading /etc/passwd")?;
    Ok(passwd.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        if fields.len() > 3 && fields[0] == name {
            Some((fields[2].parse().ok()?, fields[3].parse().ok()?))
        } else {
            None
        }
    }))
}

/// Gives `path` to the mail user (when running as root), recursively.
pub(crate) fn give_to(path: &Path, user: &RunAs) -> Result<()> {
    if !user.is_root {
        return Ok(());
    }
    std::os::unix::fs::lchown(path, Some(user.uid), Some(user.gid))
        .with_context(|| format!("chown {}", path.display()))?;
    if fs::symlink_metadata(path)?.is_dir() {
        for entry in fs::read_dir(path)? {
            give_to(&entry?.path(), user)?;
        }
    }
    Ok(())
}

/// `n` distinct free TCP ports on 127.0.0.1 (held together while choosing, then released).
pub(crate) fn free_ports(n: usize) -> Result<Vec<u16>> {
    let listeners = (0..n)
        .map(|_| TcpListener::bind((Ipv4Addr::LOCALHOST, 0)))
        .collect::<std::io::Result<Vec<_>>>()
        .context("binding 127.0.0.1:0 to find a free port")?;
    listeners
        .iter()
        .map(|l| Ok(l.local_addr()?.port()))
        .collect()
}

/// Waits until `port` greets with a line containing `token` (so a server of another test that
/// grabbed the same port is not mistaken for ours), the child exits, or `timeout` passes.
pub(crate) fn wait_for_port(
    port: u16,
    token: &str,
    child: &mut Child,
    timeout: Duration,
    what: &str,
    log: &Path,
) -> Result<()> {
    let deadline = Instant::now() + timeout;
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    loop {
        if let Ok(stream) = TcpStream::connect_timeout(&addr, Duration::from_millis(200)) {
            let _ = stream.set_nodelay(true);
            let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
            let mut greeting = String::new();
            let _ = BufReader::new(stream).read_line(&mut greeting);
            if greeting.contains(token) {
                return Ok(());
            }
        }
        if let Some(status) = child.try_wait()? {
            bail!(
                "{what} exited ({status}) before listening on port {port}; log tail:\n{}",
                log_tail(log)
            );
        }
        if Instant::now() > deadline {
            bail!(
                "{what} did not listen on port {port} within {timeout:?}; log tail:\n{}",
                log_tail(log)
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The last ~40 lines of a log file, for error messages.
pub(crate) fn log_tail(path: &Path) -> String {
    let Ok(mut file) = fs::File::open(path) else {
        return format!("(no log at {})", path.display());
    };
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    let _ = file.seek(SeekFrom::Start(len.saturating_sub(4000)));
    let mut text = String::new();
    let _ = file.read_to_string(&mut text);
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(40)..].join("\n")
}

/// The PIDs of every living descendant of `pid` (children, grandchildren, …), from /proc.
pub(crate) fn descendants(pid: u32) -> Vec<u32> {
    let mut parent_of = Vec::new();
    if let Ok(entries) = fs::read_dir("/proc") {
        for entry in entries.flatten() {
            let Some(child) = entry
                .file_name()
                .to_str()
                .and_then(|s| s.parse::<u32>().ok())
            else {
                continue;
            };
            let Ok(stat) = fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            // Field 4 (ppid) follows the parenthesised command name, which may contain spaces.
            let Some(after) = stat.rfind(')').map(|i| &stat[i + 1..]) else {
                continue;
            };
            let fields: Vec<&str> = after.split_whitespace().collect();
            if let Some(ppid) = fields.get(1).and_then(|s| s.parse::<u32>().ok()) {
                parent_of.push((child, ppid));
            }
        }
    }
    let mut found = vec![pid];
    let mut i = 0;
    while i < found.len() {
        let current = found[i];
        found.extend(
            parent_of
                .iter()
                .filter(|(_, p)| *p == current)
                .map(|(c, _)| *c),
        );
        i += 1;
    }
    found.remove(0);
    found
}

/// Whether a process with this PID exists (and is not a zombie).
pub(crate) fn alive(pid: u32) -> bool {
    match fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => !stat
            .rfind(')')
            .is_some_and(|i| stat[i + 1..].trim_start().starts_with('Z')),
        Err(_) => false,
    }
}

fn signal(pid: u32, sig: libc::c_int) {
    if let Ok(pid) = libc::pid_t::try_from(pid) {
        // SAFETY: kill has no memory preconditions; a stale PID only yields ESRCH.
        unsafe {
            libc::kill(pid, sig);
        }
    }
}

/// Stops a server: SIGTERM (or SIGKILL when `hard`) to the main process, waits up to `grace`
/// for it and its descendants, then SIGKILLs whatever of them is left. Only these PIDs.
pub(crate) fn stop_tree(child: &mut Child, hard: bool, grace: Duration) {
    let pid = child.id();
    let mut family = descendants(pid);
    signal(pid, if hard { libc::SIGKILL } else { libc::SIGTERM });
    if hard {
        for &d in &family {
            signal(d, libc::SIGKILL);
        }
    }
    let deadline = Instant::now() + grace;
    loop {
        let main_done = matches!(child.try_wait(), Ok(Some(_)));
        family.retain(|&d| alive(d));
        if main_done && family.is_empty() {
            break;
        }
        if Instant::now() > deadline {
            signal(pid, libc::SIGKILL);
            for &d in &family {
                signal(d, libc::SIGKILL);
            }
            let _ = child.wait();
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn wait_for_port_ignores_a_foreign_server_on_the_port() {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind");
        let port = listener.local_addr().expect("addr").port();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let _ = (&stream).write_all(b"* OK someone else's server\r\n");
            }
        });
        let mut child = std::process::Command::new("sleep")
            .arg("0.3")
            .spawn()
            .expect("sleep");
        let log = Path::new("/nonexistent/log");
        let err = wait_for_port(
            port,
            "our-token",
            &mut child,
            Duration::from_secs(5),
            "test server",
            log,
        )
        .expect_err("a foreign greeting must not count as ours");
        assert!(err.to_string().contains("exited"), "{err}");
    }

    #[test]
    fn descendants_lists_children_and_grandchildren() {
        let mut child = std::process::Command::new("sh")
            .args(["-c", "sleep 5 & sh -c 'sleep 5' & wait"])
            .spawn()
            .expect("sh");
        std::thread::sleep(Duration::from_millis(200));
        let family = descendants(child.id());
        assert!(family.len() >= 3, "{family:?}");
        stop_tree(&mut child, true, Duration::from_secs(2));
        assert!(family.iter().all(|&pid| !alive(pid)));
    }
}
