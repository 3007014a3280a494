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
/// Windows Credential Manager (`windows-native`), and on Linux the kernel keyutils store
/// (`linux-native`; it needs no D-Bus, but it does not survive a reboot). A platform without
/// its feature would silently get keyring's mock store, which forgets every password.
#[derive(Debug, Clone)]
pub struct KeychainSecretStore {
    service: String,
}

impl KeychainSecretStore {
    /// A store whose entries are named `<service>` / `account-<id>`.
    pub fn new(service: impl Into<String>) -> Self {
        Self {
            service: service.into(),
        }
    }

    fn entry(&self, account: i64) -> Result<keyring::Entry, MailError> {
        keyring::Entry::new(&self.service, &format!("account-{account}")).map_err(keychain_error)
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
        let expected = if cfg!(target_os = "linux") {
            CredentialPersistence::UntilReboot
        } else {
            CredentialPersistence::UntilDelete
        };
        assert!(
            std::mem::discriminant(&persistence) == std::mem::discriminant(&expected),
            "keyring's default store is not the platform's own"
        );
    }

    #[test]
    fn keychain_store_round_trips_on_this_platform() {
        let service = format!("bridgedesk-test-{}", std::process::id());
        round_trip(&KeychainSecretStore::new(service), 42);
    }
}
