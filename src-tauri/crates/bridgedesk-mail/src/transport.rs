//! TCP and TLS for both protocols: name resolution, connect with a deadline,
//! `TCP_NODELAY` (without it every literal round trip stalls ~40 ms on Nagle plus delayed
//! ACK), and rustls verifying certificates against the account's [`TlsTrust`] (the OS store).
//! Errors are classified here into the agent-facing [`MailError`] kinds (DNS, refused, TLS,
//! timeout).

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

use crate::{Endpoint, MailError, TlsTrust};

/// A connection to a mail server, encrypted or (loopback only) not.
#[derive(Debug)]
pub(crate) enum MailStream {
    /// Clear text (loopback, or before STARTTLS).
    Plain(TcpStream),
    /// TLS.
    Tls(Box<TlsStream<TcpStream>>),
}

impl AsyncRead for MailStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Self::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Self::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for MailStream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        match self.get_mut() {
            Self::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Self::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Self::Plain(s) => Pin::new(s).poll_flush(cx),
            Self::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Self::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Self::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

/// Resolves and connects to an endpoint with `TCP_NODELAY`, within `deadline`. TLS is
/// not started here (see [`start_tls`]) because STARTTLS needs a plain greeting first.
pub(crate) async fn connect_tcp(
    endpoint: &Endpoint,
    deadline: Duration,
) -> Result<TcpStream, MailError> {
    endpoint.check_security()?;
    let host = endpoint
        .host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_owned();
    let port = endpoint.port;
    let attempt = async move {
        let addrs: Vec<_> = tokio::net::lookup_host((host.as_str(), port))
            .await
            .map_err(|_| MailError::Dns)?
            .collect();
        if addrs.is_empty() {
            return Err(MailError::Dns);
        }
        let mut last = MailError::ConnectionRefused;
        for addr in addrs {
            match TcpStream::connect(addr).await {
                Ok(stream) => {
                    stream
                        .set_nodelay(true)
                        .map_err(|e| MailError::from_io(&e))?;
                    return Ok(stream);
                }
                Err(err) => last = MailError::from_io(&err),
            }
        }
        Err(last)
    };
    tokio::time::timeout(deadline, attempt)
        .await
        .map_err(|_| MailError::Timeout)?
}

/// Runs a TLS handshake over `tcp` for `host` within `deadline`; the certificate must chain
/// to an authority in `trust` and name `host` (a DNS name, or an IP address in the
/// certificate's IP addresses).
pub(crate) async fn start_tls(
    tcp: TcpStream,
    host: &str,
    trust: &TlsTrust,
    deadline: Duration,
) -> Result<MailStream, MailError> {
    let name = rustls::pki_types::ServerName::try_from(
        host.trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned(),
    )
    .map_err(|_| MailError::Tls("invalid server name".into()))?;
    let connector = tokio_rustls::TlsConnector::from(trust.client_config()?);
    let stream = tokio::time::timeout(deadline, connector.connect(name, tcp))
        .await
        .map_err(|_| MailError::Timeout)?
        .map_err(|err| match err.kind() {
            std::io::ErrorKind::TimedOut => MailError::Timeout,
            std::io::ErrorKind::ConnectionRefused => MailError::ConnectionRefused,
            _ => MailError::Tls(err.to_string()),
        })?;
    Ok(MailStream::Tls(Box::new(stream)))
}
