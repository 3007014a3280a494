//! Errors of the mail engine, each with a stable code and a Fluent message id so the UI
//! can show it in the agent's language (the shell maps them onto `AppError`).

/// Which protocol an error happened on (wrong password is reported per server).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// The incoming server.
    Imap,
    /// The outgoing server.
    Smtp,
}

/// A failure talking to a mail server.
#[derive(Debug, Clone, thiserror::Error)]
pub enum MailError {
    /// The host name did not resolve.
    #[error("host name could not be resolved")]
    Dns,
    /// Nothing listens on the port (or a firewall rejected the connection).
    #[error("connection refused")]
    ConnectionRefused,
    /// The network could not reach the host or the connection broke.
    #[error("network error: {0}")]
    Network(String),
    /// TLS handshake or certificate failure.
    #[error("TLS error: {0}")]
    Tls(String),
    /// The server rejected the user name or password.
    #[error("authentication rejected by {0:?} server")]
    Auth(Protocol),
    /// The server did not answer in time.
    #[error("timed out")]
    Timeout,
    /// The server said something the engine could not use.
    #[error("protocol error: {0}")]
    Protocol(String),
    /// Clear-text connection to a non-loopback host.
    #[error("plain-text connection refused for a non-loopback host")]
    PlainTextRefused,
    /// STARTTLS requested but the server does not offer it.
    #[error("server does not offer STARTTLS")]
    StartTlsMissing,
    /// The SMTP server rejected the message or a recipient permanently (5xx).
    #[error("message rejected by the SMTP server: {0}")]
    Rejected(String),
    /// No password stored for the account.
    #[error("no password stored for the account")]
    MissingSecret,
    /// The OS keychain failed.
    #[error("keychain error: {0}")]
    Keychain(String),
    /// The persistence layer failed.
    #[error("repository error: {0}")]
    Repository(String),
    /// The operation was cancelled.
    #[error("cancelled")]
    Cancelled,
}

impl MailError {
    /// Stable machine code, e.g. `mail.auth_imap`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Dns => "mail.dns",
            Self::ConnectionRefused => "mail.refused",
            Self::Network(_) => "mail.network",
            Self::Tls(_) => "mail.tls",
            Self::Auth(Protocol::Imap) => "mail.auth_imap",
            Self::Auth(Protocol::Smtp) => "mail.auth_smtp",
            Self::Timeout => "mail.timeout",
            Self::Protocol(_) => "mail.protocol",
            Self::PlainTextRefused => "mail.plaintext_refused",
            Self::StartTlsMissing => "mail.starttls_missing",
            Self::Rejected(_) => "mail.rejected",
            Self::MissingSecret => "mail.missing_secret",
            Self::Keychain(_) => "mail.keychain",
            Self::Repository(_) => "mail.repository",
            Self::Cancelled => "mail.cancelled",
        }
    }

    /// Fluent message id present in every locale (`mail-error-*`).
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Dns => "mail-error-dns",
            Self::ConnectionRefused => "mail-error-refused",
            Self::Network(_) => "mail-error-network",
            Self::Tls(_) => "mail-error-tls",
            Self::Auth(Protocol::Imap) => "mail-error-auth-imap",
            Self::Auth(Protocol::Smtp) => "mail-error-auth-smtp",
            Self::Timeout => "mail-error-timeout",
            Self::Protocol(_) => "mail-error-protocol",
            Self::PlainTextRefused => "mail-error-plaintext-refused",
            Self::StartTlsMissing => "mail-error-starttls-missing",
            Self::Rejected(_) => "mail-error-rejected",
            Self::MissingSecret => "mail-error-missing-secret",
            Self::Keychain(_) => "mail-error-keychain",
            Self::Repository(_) => "mail-error-repository",
            Self::Cancelled => "mail-error-cancelled",
        }
    }

    /// True when retrying later can succeed (network trouble), false for configuration
    /// errors (wrong password, plain text refused) that need the agent.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Self::Dns
                | Self::ConnectionRefused
                | Self::Network(_)
                | Self::Timeout
                | Self::Protocol(_)
                | Self::Repository(_)
        )
    }

    /// Classifies an I/O error from connect/read/write.
    pub(crate) fn from_io(err: &std::io::Error) -> Self {
        use std::io::ErrorKind;
        match err.kind() {
            ErrorKind::ConnectionRefused => Self::ConnectionRefused,
            ErrorKind::TimedOut | ErrorKind::WouldBlock => Self::Timeout,
            ErrorKind::InvalidData => Self::Tls(err.to_string()),
            _ => Self::Network(err.kind().to_string()),
        }
    }
}

impl From<crate::RepoError> for MailError {
    fn from(err: crate::RepoError) -> Self {
        Self::Repository(err.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_error() -> Vec<MailError> {
        vec![
            MailError::Dns,
            MailError::ConnectionRefused,
            MailError::Network("x".into()),
            MailError::Tls("x".into()),
            MailError::Auth(Protocol::Imap),
            MailError::Auth(Protocol::Smtp),
            MailError::Timeout,
            MailError::Protocol("x".into()),
            MailError::PlainTextRefused,
            MailError::StartTlsMissing,
            MailError::Rejected("x".into()),
            MailError::MissingSecret,
            MailError::Keychain("x".into()),
            MailError::Repository("x".into()),
            MailError::Cancelled,
        ]
    }

    #[test]
    fn every_mail_error_has_its_own_code_and_fluent_id() {
        let errors = every_error();
        let codes: std::collections::BTreeSet<_> = errors.iter().map(MailError::code).collect();
        let ids: std::collections::BTreeSet<_> = errors.iter().map(MailError::message_id).collect();
        assert_eq!(codes.len(), errors.len());
        assert_eq!(ids.len(), errors.len());
        for err in &errors {
            let suffix = err.code().trim_start_matches("mail.").replace('_', "-");
            assert_eq!(err.message_id(), format!("mail-error-{suffix}"));
        }
    }

    #[test]
    fn only_network_trouble_is_retried_quickly() {
        assert!(MailError::Timeout.is_transient());
        assert!(MailError::ConnectionRefused.is_transient());
        assert!(!MailError::Auth(Protocol::Imap).is_transient());
        assert!(!MailError::PlainTextRefused.is_transient());
        assert!(!MailError::Rejected("550".into()).is_transient());
    }
}
