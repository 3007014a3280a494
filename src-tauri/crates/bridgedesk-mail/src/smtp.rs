//! A small SMTP submission client (RFC 5321, 3207 STARTTLS, 4954 AUTH PLAIN/LOGIN):
//! enough to submit one prepared message and to tell the agent precisely why it failed
//! (wrong password vs refused recipient vs server down). The message bytes are sent as
//! given, dot-stuffed, so the Message-ID the outbox searches for is the one delivered.

use std::time::Duration;

use base64::Engine as _;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

use crate::transport::{connect_tcp, start_tls, MailStream};
use crate::{Endpoint, MailError, Protocol, Security, TlsTrust};

/// A logged-in SMTP connection.
pub(crate) struct SmtpConnection {
    stream: BufReader<MailStream>,
    deadline: Duration,
    /// Capabilities from the last EHLO, upper-case keywords with their parameters.
    pub(crate) extensions: Vec<String>,
}

/// One server reply: code and the text of its last line.
#[derive(Debug)]
struct Reply {
    code: u16,
    text: String,
    lines: Vec<String>,
}

impl SmtpConnection {
    /// Connects, reads the greeting, says EHLO, starts TLS as configured (certificates
    /// checked against `trust`) and authenticates when the server offers AUTH.
    pub(crate) async fn open(
        endpoint: &Endpoint,
        trust: &TlsTrust,
        password: &str,
        deadline: Duration,
    ) -> Result<Self, MailError> {
        let tcp = connect_tcp(endpoint, deadline).await?;
        let stream = match endpoint.security {
            Security::Tls => start_tls(tcp, &endpoint.host, trust, deadline).await?,
            Security::Plain | Security::StartTls => MailStream::Plain(tcp),
        };
        let mut conn = Self {
            stream: BufReader::new(stream),
            deadline,
            extensions: Vec::new(),
        };
        conn.expect(&[220]).await?;
        conn.ehlo().await?;
        if endpoint.security == Security::StartTls {
            if !conn.has("STARTTLS") {
                return Err(MailError::StartTlsMissing);
            }
            conn.command("STARTTLS", &[220]).await?;
            let tcp = match conn.stream.into_inner() {
                MailStream::Plain(tcp) => tcp,
                MailStream::Tls(_) => {
                    return Err(MailError::Protocol("unexpected TLS stream".into()))
                }
            };
            let tls = start_tls(tcp, &endpoint.host, trust, deadline).await?;
            conn = Self {
                stream: BufReader::new(tls),
                deadline,
                extensions: Vec::new(),
            };
            conn.ehlo().await?;
        }
        if let Some(auth) = conn
            .extensions
            .iter()
            .find(|e| e.starts_with("AUTH ") || e.starts_with("AUTH="))
            .cloned()
        {
            conn.authenticate(&auth, &endpoint.user, password).await?;
        }
        Ok(conn)
    }

    fn has(&self, keyword: &str) -> bool {
        self.extensions
            .iter()
            .any(|e| e == keyword || e.starts_with(&format!("{keyword} ")))
    }

    async fn ehlo(&mut self) -> Result<(), MailError> {
        let reply = self.command("EHLO bridgedesk.localhost", &[250]).await?;
        self.extensions = reply
            .lines
            .iter()
            .skip(1)
            .map(|l| l.to_ascii_uppercase())
            .collect();
        Ok(())
    }

    async fn authenticate(
        &mut self,
        auth_line: &str,
        user: &str,
        password: &str,
    ) -> Result<(), MailError> {
        let b64 = base64::engine::general_purpose::STANDARD;
        let mechanisms: Vec<&str> = auth_line[5..].split_whitespace().collect();
        let reply = if mechanisms.contains(&"PLAIN") {
            let token = b64.encode(format!("\0{user}\0{password}"));
            self.send_line(&format!("AUTH PLAIN {token}")).await?;
            self.read_reply().await?
        } else if mechanisms.contains(&"LOGIN") {
            self.command("AUTH LOGIN", &[334]).await?;
            self.command(&b64.encode(user), &[334])
                .await
                .map_err(|_| MailError::Auth(Protocol::Smtp))?;
            self.send_line(&b64.encode(password)).await?;
            self.read_reply().await?
        } else {
            return Err(MailError::Protocol("no supported AUTH mechanism".into()));
        };
        match reply.code {
            235 => Ok(()),
            535 | 534 | 530 | 501 => Err(MailError::Auth(Protocol::Smtp)),
            _ => Err(MailError::Protocol(format!("AUTH answered {}", reply.code))),
        }
    }

    /// Submits one message. 5xx on MAIL/RCPT/DATA is [`MailError::Rejected`] (permanent),
    /// 4xx is [`MailError::Protocol`] (retry later).
    pub(crate) async fn send(
        &mut self,
        from: &str,
        recipients: &[String],
        raw: &[u8],
    ) -> Result<(), MailError> {
        if recipients.is_empty() {
            return Err(MailError::Rejected("no recipients".into()));
        }
        self.transaction(&format!("MAIL FROM:<{from}>"), &[250])
            .await?;
        for rcpt in recipients {
            self.transaction(&format!("RCPT TO:<{rcpt}>"), &[250, 251])
                .await?;
        }
        self.transaction("DATA", &[354]).await?;
        let body = dot_stuff(raw);
        let write = async {
            let s = self.stream.get_mut();
            s.write_all(&body).await?;
            s.write_all(b".\r\n").await?;
            s.flush().await
        };
        tokio::time::timeout(self.deadline, write)
            .await
            .map_err(|_| MailError::Timeout)?
            .map_err(|e| MailError::from_io(&e))?;
        let reply = self.read_reply().await?;
        classify(reply, &[250])?;
        Ok(())
    }

    /// Says goodbye; errors are irrelevant at this point.
    pub(crate) async fn quit(mut self) {
        if self.send_line("QUIT").await.is_ok() {
            let _ = self.read_reply().await;
        }
    }

    async fn transaction(&mut self, line: &str, ok: &[u16]) -> Result<Reply, MailError> {
        self.send_line(line).await?;
        let reply = self.read_reply().await?;
        classify(reply, ok)
    }

    async fn command(&mut self, line: &str, ok: &[u16]) -> Result<Reply, MailError> {
        self.send_line(line).await?;
        self.expect(ok).await
    }

    async fn expect(&mut self, ok: &[u16]) -> Result<Reply, MailError> {
        let reply = self.read_reply().await?;
        if ok.contains(&reply.code) {
            Ok(reply)
        } else {
            Err(MailError::Protocol(format!(
                "unexpected SMTP reply {}",
                reply.code
            )))
        }
    }

    async fn send_line(&mut self, line: &str) -> Result<(), MailError> {
        let write = async {
            let s = self.stream.get_mut();
            s.write_all(line.as_bytes()).await?;
            s.write_all(b"\r\n").await?;
            s.flush().await
        };
        tokio::time::timeout(self.deadline, write)
            .await
            .map_err(|_| MailError::Timeout)?
            .map_err(|e| MailError::from_io(&e))
    }

    async fn read_reply(&mut self) -> Result<Reply, MailError> {
        let mut lines = Vec::new();
        loop {
            if lines.len() >= MAX_REPLY_LINES {
                return Err(MailError::Protocol("SMTP reply too long".into()));
            }
            let mut raw = Vec::new();
            let mut limited = (&mut self.stream).take(MAX_LINE_BYTES);
            let read = limited.read_until(b'\n', &mut raw);
            let n = tokio::time::timeout(self.deadline, read)
                .await
                .map_err(|_| MailError::Timeout)?
                .map_err(|e| MailError::from_io(&e))?;
            if n == 0 {
                return Err(MailError::Network(
                    "SMTP server closed the connection".into(),
                ));
            }
            if !raw.ends_with(b"\n") {
                return Err(MailError::Protocol("SMTP reply line too long".into()));
            }
            let line = String::from_utf8_lossy(&raw);
            let line = line.trim_end_matches(['\r', '\n']);
            let code = line
                .get(..3)
                .and_then(|c| c.parse::<u16>().ok())
                .ok_or_else(|| MailError::Protocol("malformed SMTP reply".into()))?;
            let more = line.as_bytes().get(3) == Some(&b'-');
            lines.push(line.get(4..).unwrap_or("").to_owned());
            if !more {
                let text = lines.last().cloned().unwrap_or_default();
                return Ok(Reply { code, text, lines });
            }
        }
    }
}

/// Longest reply line accepted (RFC 5321 allows 512 octets; servers send more in EHLO).
const MAX_LINE_BYTES: u64 = 16 * 1024;
/// Most lines in one multi-line reply.
const MAX_REPLY_LINES: usize = 1000;

fn classify(reply: Reply, ok: &[u16]) -> Result<Reply, MailError> {
    if ok.contains(&reply.code) {
        Ok(reply)
    } else if reply.code >= 500 {
        Err(MailError::Rejected(format!(
            "{} {}",
            reply.code,
            reply.text.chars().take(120).collect::<String>()
        )))
    } else {
        Err(MailError::Protocol(format!("SMTP reply {}", reply.code)))
    }
}

/// CRLF-normalises line ends, doubles leading dots (RFC 5321 4.5.2) and makes sure the
/// body ends with CRLF, ready to be followed by `.\r\n`.
pub(crate) fn dot_stuff(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len() + raw.len() / 50 + 4);
    let mut at_line_start = true;
    let mut prev = 0u8;
    for &byte in raw {
        if byte == b'\n' && prev != b'\r' {
            out.push(b'\r');
        }
        if at_line_start && byte == b'.' {
            out.push(b'.');
        }
        out.push(byte);
        at_line_start = byte == b'\n';
        prev = byte;
    }
    if !out.ends_with(b"\r\n") {
        out.extend_from_slice(b"\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::dot_stuff;

    #[test]
    fn dot_stuffing_doubles_leading_dots_and_normalises_line_ends() {
        assert_eq!(
            dot_stuff(b".a\r\nb\n.\n..c"),
            b"..a\r\nb\r\n..\r\n...c\r\n".to_vec()
        );
        assert_eq!(dot_stuff(b"x\r\n"), b"x\r\n".to_vec());
    }
}
