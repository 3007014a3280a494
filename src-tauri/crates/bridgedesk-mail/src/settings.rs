//! Account connection settings, and the one safety rule they carry: credentials never
//! travel in clear text except over loopback (local test servers).

use std::net::IpAddr;

use crate::{MailError, TlsTrust};

/// How a connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Security {
    /// TLS from the first byte (IMAPS 993, SMTPS 465).
    Tls,
    /// Plain connect, then `STARTTLS` (IMAP 143, submission 587); refused if the server
    /// does not offer it.
    StartTls,
    /// No encryption. Only allowed when the host is loopback.
    Plain,
}

/// One server endpoint (IMAP or SMTP).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// Host name or IP address.
    pub host: String,
    /// TCP port.
    pub port: u16,
    /// Transport security.
    pub security: Security,
    /// Login name.
    pub user: String,
}

impl Endpoint {
    /// True when `host` is `localhost` or a loopback IP.
    pub fn is_loopback(&self) -> bool {
        let host = self.host.trim_start_matches('[').trim_end_matches(']');
        if host.eq_ignore_ascii_case("localhost") {
            return true;
        }
        host.parse::<IpAddr>()
            .map(|ip| ip.is_loopback())
            .unwrap_or(false)
    }

    /// Refuses clear-text connections to anything but loopback.
    pub fn check_security(&self) -> Result<(), MailError> {
        if self.security == Security::Plain && !self.is_loopback() {
            return Err(MailError::PlainTextRefused);
        }
        Ok(())
    }
}

/// Everything the engine needs to know about an account except its password (which
/// lives in a [`crate::SecretStore`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountSettings {
    /// Local account id (the store's row id).
    pub account: i64,
    /// Incoming server.
    pub imap: Endpoint,
    /// Outgoing server.
    pub smtp: Endpoint,
    /// The address mail is sent from.
    pub from_address: String,
    /// Display name for the From header.
    pub display_name: String,
    /// Signature appended to replies (used by the composer, carried here so one record
    /// describes the account).
    pub signature: String,
    /// Certificate authorities trusted for both servers: [`TlsTrust::platform`] in the app.
    pub tls_trust: TlsTrust,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn endpoint(host: &str, security: Security) -> Endpoint {
        Endpoint {
            host: host.into(),
            port: 143,
            security,
            user: "u".into(),
        }
    }

    #[test]
    fn plain_text_is_allowed_only_to_loopback() {
        assert!(endpoint("127.0.0.1", Security::Plain)
            .check_security()
            .is_ok());
        assert!(endpoint("::1", Security::Plain).check_security().is_ok());
        assert!(endpoint("[::1]", Security::Plain).check_security().is_ok());
        assert!(endpoint("LocalHost", Security::Plain)
            .check_security()
            .is_ok());
        let refused = endpoint("imap.example.com", Security::Plain).check_security();
        assert!(matches!(refused, Err(MailError::PlainTextRefused)));
        assert!(endpoint("10.0.0.1", Security::Plain)
            .check_security()
            .is_err());
        assert!(endpoint("imap.example.com", Security::StartTls)
            .check_security()
            .is_ok());
    }
}
