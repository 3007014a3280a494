# Errors that reach the agent. Ids are error-<code with dots and underscores as dashes>.

error-store-corrupt = The local database file is damaged and cannot be opened. Nothing has been changed or deleted. You can move the damaged file aside (it is kept, renamed, in the same folder) and start with an empty inbox.
error-store-too-new = This database was created by a newer version of Bridgedesk (schema { $found }; this version understands up to { $supported }). Please update Bridgedesk. The file has not been changed.
error-store-busy = The database is in use by another Bridgedesk window or program. Close it and try again.
error-store-not-found = This item no longer exists. It may have been removed in another window.
error-store-io = The database folder could not be read or written. Check the free disk space and the folder's permissions.
error-store-unknown-key = The data could not be imported: some records refer to others that are missing. Nothing was saved.
error-store-invalid-tag = The tag is too long: a tag can have at most 40 characters.
error-store-invalid-note = An empty note cannot be saved.
error-store-invalid-reply = An empty reply cannot be sent.
error-store-internal = An unexpected database error occurred. Your data has not been changed.
error-workspace-not-open = The inbox is not open yet.
error-workspace-not-empty = Demo data can only be loaded into an empty inbox.
error-workspace-not-corrupt = The database is not damaged, so nothing was moved.
error-settings-unknown-locale = This language is not available.
error-settings-unknown-time-zone = This time zone is not known.
error-internal = Something went wrong inside Bridgedesk. Your data has not been changed.
