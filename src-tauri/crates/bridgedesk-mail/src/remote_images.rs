//! Downloads the remote images of one e-mail, once, after the agent allowed them, so the app's
//! Content-Security-Policy never has to let the web view load images from the internet and
//! a message shows its images offline afterwards.
//!
//! Each download is made to look like nobody in particular: no cookies (reqwest without a
//! cookie store), no `Referer`, one fixed neutral `User-Agent`, short connect and total
//! timeouts, a few redirects at most. What comes back is kept only when it is a raster image:
//! the server must say `image/*` (not SVG, which can carry script) and the bytes must open like
//! PNG, JPEG, GIF, WebP, AVIF, BMP or ICO ([`ImageKind::sniff`]). Sizes are capped per image
//! and per message, and only the first [`ImageFetchLimits::max_images`] images are fetched.
//!
//! Only hosts on the public internet are asked (see `public_hosts`): a mail cannot make the
//! agent's computer call into its own network, also not through a redirect or a DNS name that
//! points there. [`ImageFetchLimits::allow_private_networks`] lifts that for tests on loopback.
//!
//! Every URL gets a [`FetchedImage`]: stored (with its bytes), refused for good (the content or
//! the server's answer will not change by asking again), or unreachable (timeout, no network,
//! server error: worth another try later). Logs name counts and host names, never URLs.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use futures::StreamExt;
use reqwest::header::{ACCEPT, CONTENT_TYPE};

use crate::image_kind::ImageKind;
use crate::public_hosts::{caused_by_not_public, names_a_private_host, NotPublic, PublicResolver};
use crate::{MailError, TlsTrust};

/// The one `User-Agent` every image request carries: what most mail clients' image proxies
/// send, so it says nothing about the agent's machine or this app's version.
pub const IMAGE_USER_AGENT: &str = "Mozilla/5.0";

/// How much one message may download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageFetchLimits {
    /// Largest single image kept.
    pub max_image_bytes: usize,
    /// Most bytes downloaded for all images of one message together.
    pub max_total_bytes: usize,
    /// Images fetched per message; the rest are refused.
    pub max_images: usize,
    /// Time to open a connection.
    pub connect_timeout: Duration,
    /// Time for one whole request, redirects and body included.
    pub image_timeout: Duration,
    /// Redirects followed per image.
    pub max_redirects: usize,
    /// Images downloaded at the same time.
    pub concurrency: usize,
    /// Also ask loopback, private and link-local addresses (tests on `127.0.0.1`; off in the
    /// app unless `BRIDGEDESK_IMAGES_ALLOW_PRIVATE_NETWORKS=1`).
    pub allow_private_networks: bool,
}

impl Default for ImageFetchLimits {
    fn default() -> Self {
        Self {
            max_image_bytes: 5 * 1024 * 1024,
            max_total_bytes: 20 * 1024 * 1024,
            max_images: 40,
            connect_timeout: Duration::from_secs(5),
            image_timeout: Duration::from_secs(15),
            max_redirects: 3,
            concurrency: 4,
            allow_private_networks: false,
        }
    }
}

/// Why an image will not be fetched again (asking again would give the same answer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageRefusal {
    /// Not an `http:` or `https:` URL.
    NotHttp,
    /// Beyond [`ImageFetchLimits::max_images`] for the message.
    TooMany,
    /// Larger than [`ImageFetchLimits::max_image_bytes`].
    TooLarge,
    /// The message's images together passed [`ImageFetchLimits::max_total_bytes`].
    OverTotal,
    /// The server did not send a raster image (other content type, or bytes that are not one).
    NotAnImage,
    /// An SVG image (it can carry script; never shown).
    Svg,
    /// The server answered with a client error (404, 403, …).
    HttpStatus(u16),
    /// More redirects than [`ImageFetchLimits::max_redirects`] (or a loop).
    TooManyRedirects,
    /// The host (or a redirect's) is not on the public internet.
    PrivateAddress,
}

/// Why an image could not be fetched this time (worth another try later).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageUnreachable {
    /// Connecting or downloading took longer than the limits allow.
    Timeout,
    /// No connection (offline, DNS, refused, TLS, broken connection).
    Connection,
    /// The server answered with a server error or "too many requests".
    ServerBusy(u16),
}

/// What became of one remote image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchedImage {
    /// A raster image, to be stored and shown.
    Stored { kind: ImageKind, bytes: Vec<u8> },
    /// Never shown; not fetched again.
    Refused(ImageRefusal),
    /// Not fetched this time; fetched again on a later try.
    Unreachable(ImageUnreachable),
}

impl FetchedImage {
    /// A stable code for the store and the logs (`stored`, `refused:svg`, `unreachable:timeout`).
    pub fn code(&self) -> String {
        match self {
            FetchedImage::Stored { .. } => "stored".to_owned(),
            FetchedImage::Refused(reason) => format!(
                "refused:{}",
                match reason {
                    ImageRefusal::NotHttp => "not-http".to_owned(),
                    ImageRefusal::TooMany => "too-many".to_owned(),
                    ImageRefusal::TooLarge => "too-large".to_owned(),
                    ImageRefusal::OverTotal => "over-total".to_owned(),
                    ImageRefusal::NotAnImage => "not-an-image".to_owned(),
                    ImageRefusal::Svg => "svg".to_owned(),
                    ImageRefusal::HttpStatus(status) => format!("http-{status}"),
                    ImageRefusal::TooManyRedirects => "redirects".to_owned(),
                    ImageRefusal::PrivateAddress => "private-address".to_owned(),
                }
            ),
            FetchedImage::Unreachable(reason) => format!(
                "unreachable:{}",
                match reason {
                    ImageUnreachable::Timeout => "timeout".to_owned(),
                    ImageUnreachable::Connection => "connection".to_owned(),
                    ImageUnreachable::ServerBusy(status) => format!("http-{status}"),
                }
            ),
        }
    }
}

/// An HTTP client set up for remote images (see the module notes). Cheap to share; build one
/// and reuse it for every message.
#[derive(Debug, Clone)]
pub struct ImageFetcher {
    client: reqwest::Client,
    limits: ImageFetchLimits,
}

impl ImageFetcher {
    /// A fetcher trusting `trust`'s certificate authorities (the same as the mail servers').
    pub fn new(trust: &TlsTrust, limits: ImageFetchLimits) -> Result<Self, MailError> {
        let tls = trust.client_config()?;
        let max_redirects = limits.max_redirects;
        let private_ok = limits.allow_private_networks;
        let redirects = reqwest::redirect::Policy::custom(move |attempt| {
            // The first of `previous` is the URL asked for, not a redirect.
            if attempt.previous().len() > max_redirects {
                attempt.error("too many redirects")
            } else if !private_ok && names_a_private_host(attempt.url()) {
                attempt.error(NotPublic)
            } else {
                attempt.follow()
            }
        });
        let mut builder = reqwest::Client::builder()
            .tls_backend_preconfigured((*tls).clone())
            .user_agent(IMAGE_USER_AGENT)
            .referer(false)
            .redirect(redirects)
            .connect_timeout(limits.connect_timeout)
            .timeout(limits.image_timeout);
        if !private_ok {
            builder = builder.dns_resolver(PublicResolver);
        }
        let client = builder
            .build()
            .map_err(|err| MailError::Tls(err.to_string()))?;
        Ok(Self { client, limits })
    }

    /// Fetches every URL (once each, at most [`ImageFetchLimits::concurrency`] at a time) and
    /// returns what became of each, in the order given.
    pub async fn fetch_all(&self, urls: &[String]) -> Vec<(String, FetchedImage)> {
        let mut unique: Vec<&String> = Vec::with_capacity(urls.len());
        for url in urls {
            if !unique.contains(&url) {
                unique.push(url);
            }
        }
        let budget = AtomicUsize::new(0);
        let results: Vec<(String, FetchedImage)> =
            futures::stream::iter(unique.into_iter().enumerate())
                .map(|(index, url)| {
                    let budget = &budget;
                    async move {
                        let outcome = if index >= self.limits.max_images {
                            FetchedImage::Refused(ImageRefusal::TooMany)
                        } else {
                            self.fetch_one(url, budget).await
                        };
                        (url.clone(), outcome)
                    }
                })
                .buffered(self.limits.concurrency.max(1))
                .collect()
                .await;
        log_summary(&results);
        results
    }

    async fn fetch_one(&self, url: &str, budget: &AtomicUsize) -> FetchedImage {
        let parsed = match reqwest::Url::parse(url) {
            Ok(parsed) if matches!(parsed.scheme(), "http" | "https") => parsed,
            _ => return FetchedImage::Refused(ImageRefusal::NotHttp),
        };
        if !self.limits.allow_private_networks && names_a_private_host(&parsed) {
            return FetchedImage::Refused(ImageRefusal::PrivateAddress);
        }
        let request = self.client.get(parsed).header(
            ACCEPT,
            "image/avif,image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8",
        );
        let mut response = match request.send().await {
            Ok(response) => response,
            Err(err) => return failed(&err),
        };
        let status = response.status();
        if status.as_u16() == 429 || status.is_server_error() {
            return FetchedImage::Unreachable(ImageUnreachable::ServerBusy(status.as_u16()));
        }
        if !status.is_success() {
            return FetchedImage::Refused(ImageRefusal::HttpStatus(status.as_u16()));
        }
        let content_type = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .map(|value| {
                value
                    .split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase()
            })
            .unwrap_or_default();
        if content_type.starts_with("image/svg") {
            return FetchedImage::Refused(ImageRefusal::Svg);
        }
        if !content_type.starts_with("image/") {
            return FetchedImage::Refused(ImageRefusal::NotAnImage);
        }
        let cap = self.limits.max_image_bytes;
        if response
            .content_length()
            .is_some_and(|length| length > cap as u64)
        {
            return FetchedImage::Refused(ImageRefusal::TooLarge);
        }
        let mut bytes: Vec<u8> = Vec::new();
        loop {
            let chunk = match response.chunk().await {
                Ok(Some(chunk)) => chunk,
                Ok(None) => break,
                Err(err) => return failed(&err),
            };
            if bytes.len() + chunk.len() > cap {
                return FetchedImage::Refused(ImageRefusal::TooLarge);
            }
            let before = budget.fetch_add(chunk.len(), Ordering::Relaxed);
            if before + chunk.len() > self.limits.max_total_bytes {
                return FetchedImage::Refused(ImageRefusal::OverTotal);
            }
            bytes.extend_from_slice(&chunk);
        }
        match ImageKind::sniff(&bytes) {
            Some(kind) => FetchedImage::Stored { kind, bytes },
            None => FetchedImage::Refused(ImageRefusal::NotAnImage),
        }
    }
}

/// A transport error as an outcome: private hosts and redirects are final, the rest may pass.
fn failed(err: &reqwest::Error) -> FetchedImage {
    if caused_by_not_public(err) {
        FetchedImage::Refused(ImageRefusal::PrivateAddress)
    } else if err.is_redirect() {
        FetchedImage::Refused(ImageRefusal::TooManyRedirects)
    } else if err.is_timeout() {
        FetchedImage::Unreachable(ImageUnreachable::Timeout)
    } else {
        FetchedImage::Unreachable(ImageUnreachable::Connection)
    }
}

/// One line per message: counts by outcome and the hosts asked (no paths, no query strings).
fn log_summary(results: &[(String, FetchedImage)]) {
    let mut hosts: Vec<String> = results
        .iter()
        .filter_map(|(url, _)| reqwest::Url::parse(url).ok()?.host_str().map(str::to_owned))
        .collect();
    hosts.sort();
    hosts.dedup();
    let stored = results
        .iter()
        .filter(|(_, outcome)| matches!(outcome, FetchedImage::Stored { .. }))
        .count();
    let refused = results
        .iter()
        .filter(|(_, outcome)| matches!(outcome, FetchedImage::Refused(_)))
        .count();
    tracing::info!(
        stored,
        refused,
        unreachable = results.len() - stored - refused,
        hosts = %hosts.join(" "),
        "Fetched the remote images of a message"
    );
}
