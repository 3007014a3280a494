//! The remote-image fetcher against a real HTTP server on loopback (bridgedesk-testkit's
//! `ImageServer`): what is kept, what is refused, what times out, and what the requests carry.

use std::time::{Duration, Instant};

use bridgedesk_mail::{
    FetchedImage, ImageFetchLimits, ImageFetcher, ImageKind, ImageRefusal, ImageUnreachable,
    TlsTrust, IMAGE_USER_AGENT,
};
use bridgedesk_testkit::{tiny_png, ImageServer, SLOW_DELAY};

fn limits() -> ImageFetchLimits {
    ImageFetchLimits {
        image_timeout: Duration::from_millis(800),
        connect_timeout: Duration::from_millis(800),
        allow_private_networks: true,
        ..ImageFetchLimits::default()
    }
}

fn fetcher(limits: ImageFetchLimits) -> ImageFetcher {
    ImageFetcher::new(&TlsTrust::platform(), limits).expect("a client")
}

#[tokio::test]
async fn each_awkward_answer_is_stored_refused_or_timed_out() {
    let server = ImageServer::start().expect("server");
    let paths = [
        "/logo.png",
        "/huge.png",
        "/huge-chunked.png",
        "/vector.svg",
        "/page.png",
        "/lying.png",
        "/slow.png",
        "/loop",
        "/moved.png",
        "/missing.png",
        "/busy.png",
    ];
    let urls: Vec<String> = paths.iter().map(|p| server.url(p)).collect();
    let started = Instant::now();
    let results = fetcher(limits()).fetch_all(&urls).await;
    let took = started.elapsed();

    let outcomes: Vec<(&str, FetchedImage)> = paths
        .iter()
        .zip(results)
        .map(|(path, (url, outcome))| {
            assert_eq!(url, server.url(path), "results keep the order given");
            (*path, outcome)
        })
        .collect();
    let expected = [
        (
            "/logo.png",
            FetchedImage::Stored {
                kind: ImageKind::Png,
                bytes: tiny_png(),
            },
        ),
        ("/huge.png", FetchedImage::Refused(ImageRefusal::TooLarge)),
        (
            "/huge-chunked.png",
            FetchedImage::Refused(ImageRefusal::TooLarge),
        ),
        ("/vector.svg", FetchedImage::Refused(ImageRefusal::Svg)),
        ("/page.png", FetchedImage::Refused(ImageRefusal::NotAnImage)),
        (
            "/lying.png",
            FetchedImage::Refused(ImageRefusal::NotAnImage),
        ),
        (
            "/slow.png",
            FetchedImage::Unreachable(ImageUnreachable::Timeout),
        ),
        (
            "/loop",
            FetchedImage::Refused(ImageRefusal::TooManyRedirects),
        ),
        (
            "/moved.png",
            FetchedImage::Stored {
                kind: ImageKind::Png,
                bytes: tiny_png(),
            },
        ),
        (
            "/missing.png",
            FetchedImage::Refused(ImageRefusal::HttpStatus(404)),
        ),
        (
            "/busy.png",
            FetchedImage::Unreachable(ImageUnreachable::ServerBusy(503)),
        ),
    ];
    assert_eq!(outcomes, expected);
    assert!(
        took < SLOW_DELAY,
        "the slow image was given up on before it answered ({took:?})"
    );
    // The redirect loop was followed a few times only (the first request and 3 redirects).
    let loops = server
        .requests()
        .iter()
        .filter(|r| r.path == "/loop")
        .count();
    assert_eq!(loops, 4);
}

#[tokio::test]
async fn requests_carry_no_cookie_no_referrer_and_a_neutral_user_agent() {
    let server = ImageServer::start().expect("server");
    let fetcher = fetcher(limits());
    // /logo.png sets a cookie; the next requests must not send it back.
    fetcher.fetch_all(&[server.url("/logo.png")]).await;
    fetcher
        .fetch_all(&[server.url("/photo.png"), server.url("/moved.png")])
        .await;
    let requests = server.requests();
    assert_eq!(requests.len(), 4, "{requests:?}");
    for request in requests {
        assert!(!request.headers.contains_key("cookie"), "{request:?}");
        assert!(!request.headers.contains_key("referer"), "{request:?}");
        assert_eq!(
            request.headers.get("user-agent").map(String::as_str),
            Some(IMAGE_USER_AGENT)
        );
    }
}

#[tokio::test]
async fn the_count_and_total_size_of_a_messages_images_are_capped() {
    let server = ImageServer::start().expect("server");
    let few = ImageFetchLimits {
        max_images: 2,
        ..limits()
    };
    let urls: Vec<String> = ["/logo.png", "/photo.png", "/moved.png"]
        .iter()
        .map(|p| server.url(p))
        .collect();
    let results = fetcher(few).fetch_all(&urls).await;
    assert!(matches!(results[0].1, FetchedImage::Stored { .. }));
    assert!(matches!(results[1].1, FetchedImage::Stored { .. }));
    assert_eq!(results[2].1, FetchedImage::Refused(ImageRefusal::TooMany));

    // Two images of 67 bytes with a 100-byte budget: the second passes it.
    let small_total = ImageFetchLimits {
        max_total_bytes: 100,
        concurrency: 1,
        ..limits()
    };
    let results = fetcher(small_total).fetch_all(&urls[..2]).await;
    assert!(matches!(results[0].1, FetchedImage::Stored { .. }));
    assert_eq!(results[1].1, FetchedImage::Refused(ImageRefusal::OverTotal));
}

#[tokio::test]
async fn a_stopped_server_and_other_schemes_are_reported_without_a_request() {
    let mut server = ImageServer::start().expect("server");
    let url = server.url("/logo.png");
    server.stop();
    let results = fetcher(limits())
        .fetch_all(&[
            url,
            "ftp://127.0.0.1/logo.png".to_owned(),
            "not a url".to_owned(),
        ])
        .await;
    assert_eq!(
        results
            .into_iter()
            .map(|(_, outcome)| outcome.code())
            .collect::<Vec<_>>(),
        [
            "unreachable:connection",
            "refused:not-http",
            "refused:not-http"
        ]
    );
}

#[tokio::test]
async fn hosts_off_the_public_internet_are_refused_without_a_request() {
    let server = ImageServer::start().expect("server");
    let public_only = ImageFetchLimits {
        allow_private_networks: false,
        ..limits()
    };
    let urls = [
        server.url("/logo.png"),
        format!("http://localhost:{}/logo.png", server.port),
        format!("http://[::1]:{}/logo.png", server.port),
        "http://192.168.1.1/router.png".to_owned(),
        "http://169.254.169.254/latest/meta-data".to_owned(),
    ];
    let results = fetcher(public_only).fetch_all(&urls).await;
    for (url, outcome) in &results {
        assert_eq!(
            outcome,
            &FetchedImage::Refused(ImageRefusal::PrivateAddress),
            "{url}"
        );
    }
    assert!(server.requests().is_empty());
}
