//! Which certificate authorities the engine trusts for IMAP and SMTP over TLS.
//!
//! A desktop mail client is expected to trust what the agent's computer trusts: the operating
//! system's certificate store (Windows' and macOS' own verifiers, the system bundle on Linux,
//! through `rustls-platform-verifier`). That is also what makes a company's TLS-inspecting
//! proxy work once its root is installed in the OS. Tests add a throw-away authority on top.
//! There is deliberately no way to switch verification off: no "accept invalid certificates"
//! option and no environment variable.

use std::sync::Arc;

use rustls::pki_types::CertificateDer;
use rustls_platform_verifier::Verifier;

use crate::MailError;

/// The certificate authorities trusted for mail servers: always the platform's store, plus
/// any extra root certificates (DER). The default is the platform's store alone.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct TlsTrust {
    extra_roots: Vec<Vec<u8>>,
}

impl std::fmt::Debug for TlsTrust {
    /// Counts the extra roots instead of printing kilobytes of DER.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TlsTrust")
            .field("platform_store", &true)
            .field("extra_roots", &self.extra_roots.len())
            .finish()
    }
}

impl TlsTrust {
    /// The operating system's certificate store only (production).
    pub fn platform() -> Self {
        Self::default()
    }

    /// Also trusts `der`, a root certificate in DER (e.g. a test authority, or a company
    /// authority the agent was given as a file). Checked when a connection is made: a value
    /// that is not a certificate makes every TLS connection fail with [`MailError::Tls`].
    pub fn with_extra_root(mut self, der: Vec<u8>) -> Self {
        self.extra_roots.push(der);
        self
    }

    /// The extra roots, in the order they were added.
    pub fn extra_roots(&self) -> &[Vec<u8>] {
        &self.extra_roots
    }

    /// A rustls client configuration (ring, TLS 1.2 and 1.3) verifying server certificates
    /// and host names against these authorities. The platform's roots are read anew for each
    /// configuration, so a root the agent installs is seen on the next connection.
    pub(crate) fn client_config(&self) -> Result<Arc<rustls::ClientConfig>, MailError> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let extra = self
            .extra_roots
            .iter()
            .map(|der| CertificateDer::from(der.clone()));
        let verifier = Verifier::new_with_extra_roots(extra, provider.clone())
            .map_err(|err| MailError::Tls(format!("certificate store: {err}")))?;
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|err| MailError::Tls(err.to_string()))?
            .dangerous()
            // The platform verifier is the full check (chain, name, validity, revocation where
            // the OS does it); `dangerous` is rustls' name for plugging in any custom verifier.
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth();
        Ok(Arc::new(config))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_trust_is_the_platform_store_alone() {
        assert_eq!(TlsTrust::default(), TlsTrust::platform());
        assert!(TlsTrust::platform().extra_roots().is_empty());
        assert_eq!(
            format!(
                "{:?}",
                TlsTrust::platform().with_extra_root(vec![0x30; 900])
            ),
            "TlsTrust { platform_store: true, extra_roots: 1 }"
        );
        // The store of the machine running the tests can be loaded.
        TlsTrust::platform()
            .client_config()
            .expect("platform trust builds a client configuration");
    }

    #[test]
    fn an_extra_root_that_is_not_a_certificate_is_a_tls_error() {
        let trust = TlsTrust::platform().with_extra_root(b"not a certificate".to_vec());
        assert_eq!(trust.extra_roots().len(), 1);
        let err = trust.client_config().unwrap_err();
        assert_eq!(err.code(), "mail.tls", "{err:?}");
    }
}
