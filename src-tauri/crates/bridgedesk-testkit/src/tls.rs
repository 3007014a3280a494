//! Throw-away certificates for the test servers' TLS mode: a certificate authority made at
//! test time (never installed anywhere) and a server certificate it signs for the host name
//! `localhost` only, so a client that trusts the authority can connect to `localhost` and a
//! client that connects to `127.0.0.1` must reject the certificate for its name.
//!
//! The files live in the servers' temporary folder: the key readable by its owner only (Dovecot's
//! master and Postfix's smtpd read it before dropping privileges).

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose,
};

/// The only name the servers' certificate is valid for.
pub const TLS_HOST: &str = "localhost";

/// What a TLS-mode [`crate::MailServers`] offers besides its plain-text ports (which then also
/// offer STARTTLS).
#[derive(Debug, Clone)]
pub struct ServerTls {
    /// IMAP with TLS from the first byte (imaps) on 127.0.0.1.
    pub imaps_port: u16,
    /// SMTP submission with TLS from the first byte (smtps, Postfix's wrapper mode) on
    /// 127.0.0.1.
    pub smtps_port: u16,
    /// The test authority's certificate in DER: trust it to accept the servers' certificate.
    pub ca_der: Vec<u8>,
    /// The same authority as a PEM file (for `openssl s_client -CAfile` by hand).
    pub ca_pem_path: PathBuf,
}

/// Paths of the server certificate files, as the server configurations name them.
#[derive(Debug, Clone)]
pub(crate) struct CertificateFiles {
    /// The server certificate followed by the authority's (PEM).
    pub chain: PathBuf,
    /// The server's private key (PEM, mode 0600).
    pub key: PathBuf,
    /// Key then certificate chain in one file (Postfix's `smtpd_tls_chain_files`).
    pub key_and_chain: PathBuf,
    /// The authority's certificate (PEM).
    pub ca: PathBuf,
}

/// Makes a new authority and a `localhost` server certificate in `dir` (created if needed).
/// Returns the file paths and the authority's DER.
pub(crate) fn issue_certificates(dir: &Path) -> Result<(CertificateFiles, Vec<u8>)> {
    fs::create_dir_all(dir)?;
    let mut ca_params = CertificateParams::new(Vec::<String>::new())?;
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "Bridgedesk throw-away test CA");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate()?)
        .context("signing the test CA")?;

    let mut server_params = CertificateParams::new(vec![TLS_HOST.to_owned()])?;
    server_params
        .distinguished_name
        .push(DnType::CommonName, TLS_HOST);
    server_params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    server_params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    let server_key = KeyPair::generate()?;
    let server = server_params
        .signed_by(&server_key, &ca)
        .context("signing the test server certificate")?;

    let files = CertificateFiles {
        chain: dir.join("server-chain.pem"),
        key: dir.join("server-key.pem"),
        key_and_chain: dir.join("server-key-and-chain.pem"),
        ca: dir.join("ca.pem"),
    };
    let chain = format!("{}{}", server.pem(), ca.pem());
    let key = server_key.serialize_pem();
    fs::write(&files.ca, ca.pem())?;
    fs::write(&files.chain, &chain)?;
    for (path, text) in [
        (&files.key, key.clone()),
        (&files.key_and_chain, format!("{key}{chain}")),
    ] {
        fs::write(path, text)?;
        fs::set_permissions(path, fs::Permissions::from_mode(0o600))?;
    }
    Ok((files, ca.der().to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_files_hold_a_chain_and_a_private_key_readable_by_the_owner_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (files, ca_der) = issue_certificates(dir.path()).expect("certificates");
        let chain = fs::read_to_string(&files.chain).expect("chain");
        assert_eq!(chain.matches("BEGIN CERTIFICATE").count(), 2);
        let combined = fs::read_to_string(&files.key_and_chain).expect("combined");
        assert!(combined.starts_with("-----BEGIN PRIVATE KEY-----"));
        let mode = fs::metadata(&files.key).expect("key").permissions().mode();
        assert_eq!(mode & 0o077, 0, "key mode {mode:o}");
        // DER of a certificate starts with a SEQUENCE tag.
        assert_eq!(ca_der.first(), Some(&0x30));
        // A second authority is a different one: tests never share trust by accident.
        let other = tempfile::tempdir().expect("tempdir");
        let (_, other_der) = issue_certificates(other.path()).expect("certificates");
        assert_ne!(ca_der, other_der);
    }
}
