//! Account passwords live outside the database: in the OS keychain in the app, in memory
//! in tests. The engine asks a [`SecretStore`] right before logging in and never logs or
//! stores the value elsewhere.

use std::collections::BTreeMap;
use std::sync::Mutex;

use crate::MailError;

/// Where account passwords are kept.
pub trait SecretStore: Send + Sync + 'static {
    /// The password of an account, `None` when none is stored.
    fn get(&self, account: i64) -> Result<Option<String>, MailError>;
    /// Stores (or replaces) an account's password.
    fn set(&self, account: i64, password: &str) -> Result<(), MailError>;
    /// Forgets an account's password; deleting a missing one is not an error.
    fn delete(&self, account: i64) -> Result<(), MailError>;
}

/// Passwords in process memory, for tests and for sessions without a keychain.
#[derive(Debug, Default)]
pub struct MemorySecretStore {
    passwords: Mutex<BTreeMap<i64, String>>,
}

impl MemorySecretStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, BTreeMap<i64, String>>, MailError> {
        self.passwords
            .lock()
            .map_err(|_| MailError::Keychain("memory store poisoned".into()))
    }
}

impl SecretStore for MemorySecretStore {
    fn get(&self, account: i64) -> Result<Option<String>, MailError> {
        Ok(self.lock()?.get(&account).cloned())
    }
    fn set(&self, account: i64, password: &str) -> Result<(), MailError> {
        self.lock()?.insert(account, password.to_owned());
        Ok(())
    }
    fn delete(&self, account: i64) -> Result<(), MailError> {
        self.lock()?.remove(&account);
        Ok(())
    }
}

/// Passwords in the OS keychain through the `keyring` crate: macOS Keychain (`apple-native`),
/// Windows Credential Manager (`windows-native`), and on Linux the desktop's Secret Service
/// (GNOME Keyring, KWallet; `sync-secret-service`), or the kernel keyutils store when no
/// Secret Service answers (`linux-native`: no D-Bus needed, but it forgets at reboot). A
/// platform without its feature would silently get keyring's mock store, which forgets every
/// password.
#[derive(Debug)]
pub struct KeychainSecretStore {
    service: String,
    /// Linux: whether the Secret Service answered, asked once per store.
    #[cfg(target_os = "linux")]
    secret_service: std::sync::OnceLock<bool>,
}

/// How long a store keeps what it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keeping {
    /// Until deleted: the OS keychain or a Secret Service.
    UntilDeleted,
    /// Until the computer restarts: Linux's kernel keyring, when no Secret Service runs.
    UntilRestart,
}

impl KeychainSecretStore {
    /// A store whose entries are named `<service>` / `account-<id>`.
    pub fn new(service: impl Into<String>) -> Self {
        Self {
            service: service.into(),
            #[cfg(target_os = "linux")]
            secret_service: std::sync::OnceLock::new(),
        }
    }

    /// How long passwords stay (on Linux this asks the Secret Service once).
    pub fn keeping(&self) -> Keeping {
        #[cfg(target_os = "linux")]
        if !self.has_secret_service() {
            return Keeping::UntilRestart;
        }
        Keeping::UntilDeleted
    }

    #[cfg(not(target_os = "linux"))]
    fn entry(&self, account: i64) -> Result<keyring::Entry, MailError> {
        keyring::Entry::new(&self.service, &format!("account-{account}")).map_err(keychain_error)
    }

    #[cfg(target_os = "linux")]
    fn entry(&self, account: i64) -> Result<keyring::Entry, MailError> {
        if self.has_secret_service() {
            self.secret_service_entry(&format!("account-{account}"))
        } else {
            self.kernel_entry(account)
        }
    }

    #[cfg(target_os = "linux")]
    fn secret_service_entry(&self, user: &str) -> Result<keyring::Entry, MailError> {
        let credential =
            keyring::secret_service::SsCredential::new_with_target(None, &self.service, user)
                .map_err(keychain_error)?;
        Ok(keyring::Entry::new_with_credential(Box::new(credential)))
    }

    #[cfg(target_os = "linux")]
    fn kernel_entry(&self, account: i64) -> Result<keyring::Entry, MailError> {
        let credential = keyring::keyutils::KeyutilsCredential::new_with_target(
            None,
            &self.service,
            &format!("account-{account}"),
        )
        .map_err(keychain_error)?;
        Ok(keyring::Entry::new_with_credential(Box::new(credential)))
    }

    /// Whether a Secret Service answers on the session bus (an unlocked default collection
    /// that can be searched). Asked once; a desktop without one falls back to the kernel.
    #[cfg(target_os = "linux")]
    fn has_secret_service(&self) -> bool {
        *self.secret_service.get_or_init(|| {
            let answered = self
                .secret_service_entry("availability-probe")
                .map(|entry| match entry.get_password() {
                    Ok(_) | Err(keyring::Error::NoEntry) => true,
                    Err(_) => false,
                })
                .unwrap_or(false);
            tracing::info!(
                "Account passwords are kept in {}",
                if answered {
                    "the Secret Service"
                } else {
                    "the kernel keyring (no Secret Service answered; until restart)"
                }
            );
            answered
        })
    }

    /// A password saved by an earlier build in the kernel keyring, moved to the Secret Service.
    #[cfg(target_os = "linux")]
    fn adopt_from_kernel(&self, account: i64) -> Result<Option<String>, MailError> {
        let kernel = self.kernel_entry(account)?;
        match kernel.get_password() {
            Ok(password) => {
                self.entry(account)?
                    .set_password(&password)
                    .map_err(keychain_error)?;
                let _ = kernel.delete_credential();
                Ok(Some(password))
            }
            Err(_) => Ok(None),
        }
    }
}

fn keychain_error(err: keyring::Error) -> MailError {
    // The variant name is enough for logs and never contains the secret.
    let kind = match &err {
        keyring::Error::PlatformFailure(_) => "platform failure",
        keyring::Error::NoStorageAccess(_) => "no storage access",
        keyring::Error::BadEncoding(_) => "bad encoding",
        keyring::Error::TooLong(..) => "too long",
        keyring::Error::Invalid(..) => "invalid",
        keyring::Error::Ambiguous(_) => "ambiguous",
        _ => "other",
    };
    MailError::Keychain(kind.to_owned())
}

impl SecretStore for KeychainSecretStore {
    fn get(&self, account: i64) -> Result<Option<String>, MailError> {
        match self.entry(account)?.get_password() {
            Ok(password) => Ok(Some(password)),
            #[cfg(target_os = "linux")]
            Err(keyring::Error::NoEntry) if self.has_secret_service() => {
                self.adopt_from_kernel(account)
            }
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(err) => Err(keychain_error(err)),
        }
    }
    fn set(&self, account: i64, password: &str) -> Result<(), MailError> {
        self.entry(account)?
            .set_password(password)
            .map_err(keychain_error)
    }
    fn delete(&self, account: i64) -> Result<(), MailError> {
        match self.entry(account)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(err) => Err(keychain_error(err)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(store: &dyn SecretStore, account: i64) {
        assert_eq!(store.get(account).ok().flatten(), None);
        store.set(account, "s3cret-é").unwrap();
        assert_eq!(store.get(account).unwrap().as_deref(), Some("s3cret-é"));
        store.set(account, "other").unwrap();
        assert_eq!(store.get(account).unwrap().as_deref(), Some("other"));
        store.delete(account).unwrap();
        assert_eq!(store.get(account).unwrap(), None);
        store.delete(account).unwrap();
    }

    #[test]
    fn memory_store_sets_replaces_and_deletes() {
        round_trip(&MemorySecretStore::new(), 7);
    }

    #[test]
    fn keychain_store_is_the_platform_store_not_keyrings_forgetful_mock() {
        use keyring::credential::CredentialPersistence;
        let persistence = keyring::default::default_credential_builder().persistence();
        assert!(
            !matches!(
                persistence,
                CredentialPersistence::EntryOnly | CredentialPersistence::ProcessOnly
            ),
            "keyring's default store is its mock"
        );
        let keeping = KeychainSecretStore::new("bridgedesk-test-keeping").keeping();
        if !cfg!(target_os = "linux") {
            assert_eq!(keeping, Keeping::UntilDeleted);
        }
    }

    #[test]
    fn keychain_store_round_trips_on_this_platform() {
        let service = format!("bridgedesk-test-{}", std::process::id());
        round_trip(&KeychainSecretStore::new(service), 42);
    }
}
