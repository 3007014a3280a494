//! The Linux keychain against a real Secret Service: a private session bus (`dbus-daemon`)
//! and GNOME Keyring unlocked with a throw-away password, in a temporary home, both stopped
//! by PID. Passwords round-trip through fresh store instances (they outlive the entry that
//! wrote them), and a password an earlier build left in the kernel keyring is moved over.
//! The test command installs `dbus-daemon` and `gnome-keyring` (tests/tools/setup-debian.sh).
#![cfg(target_os = "linux")]

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use bridgedesk_mail::{Keeping, KeychainSecretStore, SecretStore};

/// Children stopped (by PID) when the test ends, however it ends.
struct Daemons(Vec<Child>);

impl Drop for Daemons {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn start(program: &str, args: &[&str]) -> Child {
    Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|err| {
            panic!("cannot start {program} ({err}); run tests/tools/setup-debian.sh (packages dbus-daemon, gnome-keyring)")
        })
}

#[test]
fn passwords_outlive_the_process_entry_in_the_secret_service_and_kernel_ones_move_there() {
    let home = tempfile::tempdir().unwrap();
    let runtime = home.path().join("run");
    std::fs::create_dir_all(&runtime).unwrap();
    std::env::set_var("HOME", home.path());
    std::env::set_var("XDG_RUNTIME_DIR", &runtime);
    std::env::set_var("XDG_DATA_HOME", home.path().join("data"));
    let mut daemons = Daemons(Vec::new());

    let bus_path = runtime.join("bus");
    let listen = format!("--address=unix:path={}", bus_path.display());
    let mut bus = start(
        "dbus-daemon",
        &[
            "--session",
            "--nofork",
            "--nopidfile",
            "--print-address=1",
            &listen,
        ],
    );
    let mut address = String::new();
    BufReader::new(bus.stdout.take().unwrap())
        .read_line(&mut address)
        .unwrap();
    daemons.0.push(bus);
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", address.trim());

    let mut keyring = start(
        "gnome-keyring-daemon",
        &["--foreground", "--unlock", "--components=secrets"],
    );
    {
        let mut stdin = keyring.stdin.take().unwrap();
        stdin.write_all(b"throw-away").unwrap();
    }
    daemons.0.push(keyring);

    let service = format!("bridgedesk-test-{}", std::process::id());
    // The daemon answers on the bus before its unlocked default collection exists; wait until
    // it both answers and takes a password (a throw-away entry, deleted again).
    let started = Instant::now();
    loop {
        let probe = KeychainSecretStore::new(service.clone());
        if probe.keeping() == Keeping::UntilDeleted && probe.set(0, "probe").is_ok() {
            probe.delete(0).unwrap();
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the Secret Service never took a password on the private bus"
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    KeychainSecretStore::new(service.clone())
        .set(41, "s3cret-é")
        .unwrap();
    let reader = KeychainSecretStore::new(service.clone());
    assert_eq!(reader.get(41).unwrap().as_deref(), Some("s3cret-é"));
    reader.delete(41).unwrap();
    assert_eq!(reader.get(41).unwrap(), None);

    // An earlier build kept account 42's password in the kernel keyring.
    let kernel =
        keyring::keyutils::KeyutilsCredential::new_with_target(None, &service, "account-42")
            .unwrap();
    let kernel = keyring::Entry::new_with_credential(Box::new(kernel));
    kernel.set_password("from-the-kernel").unwrap();
    assert_eq!(
        KeychainSecretStore::new(service.clone())
            .get(42)
            .unwrap()
            .as_deref(),
        Some("from-the-kernel")
    );
    assert!(
        matches!(kernel.get_password(), Err(keyring::Error::NoEntry)),
        "moved out of the kernel keyring"
    );
    let moved = KeychainSecretStore::new(service.clone());
    assert_eq!(moved.get(42).unwrap().as_deref(), Some("from-the-kernel"));
    moved.delete(42).unwrap();
}
