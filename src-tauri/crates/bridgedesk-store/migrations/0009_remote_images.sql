-- Remote images of e-mail, fetched by the core once the agent allowed them, so the app's
-- Content-Security-Policy loads no image from the web and a message shows its images offline.
-- One row per message and image URL. `outcome` is `stored` (the bytes are in the attachment
-- store under `sha256`, a raster image of `mime_type`), `refused:<reason>` (never fetched
-- again) or `unreachable:<reason>` (fetched again the next time the message is shown).
CREATE TABLE remote_images (
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    url        TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    sha256     TEXT NOT NULL DEFAULT '',
    mime_type  TEXT NOT NULL DEFAULT '',
    fetched_at INTEGER NOT NULL,
    PRIMARY KEY (message_id, url)
) STRICT, WITHOUT ROWID;
