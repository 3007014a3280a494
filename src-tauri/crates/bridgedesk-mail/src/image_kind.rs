//! Which raster image a downloaded file really is, from its first bytes. A server's
//! `Content-Type` is only a claim: a page, a script or an SVG (which can carry script) sent as
//! `image/png` must never reach the mail frame as an image, so remote images are kept only when
//! their bytes open like one of the raster formats mail uses.

/// A raster image format the mail frame may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ImageKind {
    Png,
    Jpeg,
    Gif,
    Webp,
    Avif,
    Bmp,
    Ico,
}

impl ImageKind {
    /// Every kind, for lookups by MIME type.
    pub const ALL: [ImageKind; 7] = [
        ImageKind::Png,
        ImageKind::Jpeg,
        ImageKind::Gif,
        ImageKind::Webp,
        ImageKind::Avif,
        ImageKind::Bmp,
        ImageKind::Ico,
    ];

    /// The format whose signature `bytes` start with, if any.
    pub fn sniff(bytes: &[u8]) -> Option<ImageKind> {
        let starts = |signature: &[u8]| bytes.starts_with(signature);
        if starts(b"\x89PNG\r\n\x1a\n") {
            Some(ImageKind::Png)
        } else if starts(b"\xff\xd8\xff") {
            Some(ImageKind::Jpeg)
        } else if starts(b"GIF87a") || starts(b"GIF89a") {
            Some(ImageKind::Gif)
        } else if starts(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
            Some(ImageKind::Webp)
        } else if bytes.get(4..8) == Some(b"ftyp")
            && matches!(bytes.get(8..12), Some(b"avif") | Some(b"avis"))
        {
            Some(ImageKind::Avif)
        } else if starts(b"BM") && bytes.len() >= 26 {
            Some(ImageKind::Bmp)
        } else if starts(b"\x00\x00\x01\x00") && bytes.get(4..6).is_some_and(|n| n != [0, 0]) {
            Some(ImageKind::Ico)
        } else {
            None
        }
    }

    /// The MIME type a `data:` URL of this image carries.
    pub fn mime_type(self) -> &'static str {
        match self {
            ImageKind::Png => "image/png",
            ImageKind::Jpeg => "image/jpeg",
            ImageKind::Gif => "image/gif",
            ImageKind::Webp => "image/webp",
            ImageKind::Avif => "image/avif",
            ImageKind::Bmp => "image/bmp",
            ImageKind::Ico => "image/x-icon",
        }
    }

    /// The kind whose [`ImageKind::mime_type`] is `mime` (for images read back from the cache).
    pub fn from_mime_type(mime: &str) -> Option<ImageKind> {
        Self::ALL.into_iter().find(|kind| kind.mime_type() == mime)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raster_signatures_are_recognized() {
        let cases: [(&[u8], ImageKind); 8] = [
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", ImageKind::Png),
            (b"\xff\xd8\xff\xe0\0\x10JFIF", ImageKind::Jpeg),
            (b"GIF89a\x01\0\x01\0", ImageKind::Gif),
            (b"GIF87a\x01\0\x01\0", ImageKind::Gif),
            (b"RIFF\x24\0\0\0WEBPVP8 ", ImageKind::Webp),
            (b"\0\0\0\x1cftypavif\0\0\0\0", ImageKind::Avif),
            (
                b"BM\x3a\0\0\0\0\0\0\0\x36\0\0\0\x28\0\0\0\x01\0\0\0\x01\0\0\0",
                ImageKind::Bmp,
            ),
            (b"\0\0\x01\0\x01\0\x10\x10", ImageKind::Ico),
        ];
        for (bytes, kind) in cases {
            assert_eq!(ImageKind::sniff(bytes), Some(kind), "{bytes:?}");
            assert_eq!(ImageKind::from_mime_type(kind.mime_type()), Some(kind));
        }
    }

    #[test]
    fn svg_html_and_text_are_not_images() {
        for bytes in [
            &b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"[..],
            b"<?xml version=\"1.0\"?><svg/>",
            b"<!doctype html><html><body>not an image</body></html>",
            b"RIFF\x24\0\0\0WAVEfmt ",
            b"BM",
            b"",
        ] {
            assert_eq!(ImageKind::sniff(bytes), None, "{bytes:?}");
        }
        assert_eq!(ImageKind::from_mime_type("image/svg+xml"), None);
    }
}
