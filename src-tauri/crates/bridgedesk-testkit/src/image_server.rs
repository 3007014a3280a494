//! A small HTTP/1.1 server on `127.0.0.1` for the remote-image tests: it serves the awkward
//! answers a mail's image links can give (a real PNG, a huge image, an SVG, an HTML page that
//! claims to be an image, a slow answer, a redirect loop, errors) and records the headers of
//! every request, so tests can prove what the client sends and when it does not ask at all.
//!
//! It runs on its own threads (plain `std::net`, one thread per connection), listens on a free
//! high port, and stops when [`ImageServer::stop`] is called or it is dropped.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use base64::Engine as _;

/// A 1×1 PNG (67 bytes), a valid image every decoder opens.
pub const TINY_PNG_BASE64: &str =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

/// The bytes of [`TINY_PNG_BASE64`].
pub fn tiny_png() -> Vec<u8> {
    base64::engine::general_purpose::STANDARD
        .decode(TINY_PNG_BASE64)
        .unwrap_or_default()
}

/// How long `/slow.png` waits before answering.
pub const SLOW_DELAY: Duration = Duration::from_secs(4);

/// Size of `/huge.png` and `/huge-chunked.png` (a PNG signature followed by zeros).
pub const HUGE_BYTES: usize = 8 * 1024 * 1024;

/// One request the server received: its path and headers (names lower-cased).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeenRequest {
    pub path: String,
    pub headers: BTreeMap<String, String>,
}

/// The running server. Paths it answers:
///
/// - `/logo.png`, `/photo.png`: the tiny PNG as `image/png` (with a `Set-Cookie`)
/// - `/huge.png`: an 8 MB `image/png` with its `Content-Length`
/// - `/huge-chunked.png`: the same without a length (close-delimited)
/// - `/vector.svg`: an SVG with a script, as `image/svg+xml`
/// - `/page.png`: an HTML page as `text/html`
/// - `/lying.png`: an HTML page as `image/png`
/// - `/slow.png`: the tiny PNG after [`SLOW_DELAY`]
/// - `/loop`: a redirect to itself; `/moved.png`: a redirect to `/logo.png`
/// - `/busy.png`: 503; anything else: 404
pub struct ImageServer {
    /// The port on `127.0.0.1`.
    pub port: u16,
    stop: Arc<AtomicBool>,
    seen: Arc<Mutex<Vec<SeenRequest>>>,
    accept: Option<JoinHandle<()>>,
}

impl ImageServer {
    /// Starts listening on a free port of `127.0.0.1`.
    pub fn start() -> std::io::Result<Self> {
        Self::start_on(0)
    }

    /// Starts listening on `port` of `127.0.0.1` (0: a free one), e.g. to bring a stopped
    /// server back on the port its URLs name.
    pub fn start_on(port: u16) -> std::io::Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", port))?;
        let port = listener.local_addr()?.port();
        let stop = Arc::new(AtomicBool::new(false));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let accept = {
            let stop = Arc::clone(&stop);
            let seen = Arc::clone(&seen);
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let seen = Arc::clone(&seen);
                    std::thread::spawn(move || {
                        // The client may hang up mid-answer (size caps, timeouts): not an error.
                        let _ = serve(stream, &seen);
                    });
                }
            })
        };
        Ok(Self {
            port,
            stop,
            seen,
            accept: Some(accept),
        })
    }

    /// The URL of `path` on this server (`path` starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Every request received so far, in arrival order.
    pub fn requests(&self) -> Vec<SeenRequest> {
        self.seen.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Stops accepting connections and closes the port (answers in progress may finish).
    pub fn stop(&mut self) {
        if let Some(accept) = self.accept.take() {
            self.stop.store(true, Ordering::SeqCst);
            // Wake the blocking accept so it sees the flag.
            let _ = TcpStream::connect(("127.0.0.1", self.port));
            let _ = accept.join();
        }
    }
}

impl Drop for ImageServer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn serve(stream: TcpStream, seen: &Mutex<Vec<SeenRequest>>) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_owned();
    let mut headers = BTreeMap::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
        }
    }
    seen.lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(SeenRequest {
            path: path.clone(),
            headers,
        });
    let mut out = stream;
    let html = b"<!doctype html><html><body><script>alert(1)</script>not an image</body></html>";
    // Routes ignore the query string (mail image links carry tracking parameters).
    match path.split('?').next().unwrap_or("") {
        "/logo.png" | "/photo.png" => respond(
            &mut out,
            "200 OK",
            &[
                "Content-Type: image/png",
                "Set-Cookie: visitor=tracked; Path=/",
            ],
            &tiny_png(),
        ),
        "/huge.png" => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: {HUGE_BYTES}\r\nConnection: close\r\n\r\n"
            );
            out.write_all(head.as_bytes())?;
            stream_huge(&mut out)
        }
        "/huge-chunked.png" => {
            out.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n",
            )?;
            stream_huge(&mut out)
        }
        "/vector.svg" => respond(
            &mut out,
            "200 OK",
            &["Content-Type: image/svg+xml"],
            b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        ),
        "/page.png" => respond(&mut out, "200 OK", &["Content-Type: text/html"], html),
        "/lying.png" => respond(&mut out, "200 OK", &["Content-Type: image/png"], html),
        "/slow.png" => {
            std::thread::sleep(SLOW_DELAY);
            respond(
                &mut out,
                "200 OK",
                &["Content-Type: image/png"],
                &tiny_png(),
            )
        }
        "/loop" => respond(&mut out, "302 Found", &["Location: /loop"], b""),
        "/moved.png" => respond(
            &mut out,
            "301 Moved Permanently",
            &["Location: /logo.png"],
            b"",
        ),
        "/busy.png" => respond(&mut out, "503 Service Unavailable", &[], b""),
        _ => respond(
            &mut out,
            "404 Not Found",
            &["Content-Type: text/plain"],
            b"no",
        ),
    }
}

fn respond(
    out: &mut TcpStream,
    status: &str,
    headers: &[&str],
    body: &[u8],
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for header in headers {
        head.push_str(header);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    out.write_all(body)?;
    out.flush()?;
    out.shutdown(Shutdown::Write)
}

fn stream_huge(out: &mut TcpStream) -> std::io::Result<()> {
    out.write_all(b"\x89PNG\r\n\x1a\n")?;
    let block = vec![0u8; 64 * 1024];
    let mut sent = 8;
    while sent < HUGE_BYTES {
        let n = block.len().min(HUGE_BYTES - sent);
        out.write_all(&block[..n])?;
        sent += n;
    }
    out.flush()?;
    out.shutdown(Shutdown::Write)
}
