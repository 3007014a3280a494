# Settings menu and keyboard shortcuts.

## Settings menu

settings-open = Settings
settings-title = Settings
settings-language = Language
settings-time-zone = Your time zone
# $zone (String) - the operating system's IANA time zone, e.g. "Asia/Shanghai"
settings-time-zone-system = Follow the system ({ $zone })
settings-time-zone-search = Search time zones…
settings-time-zone-list = Time zones
# $query (String) - what the agent typed into the time-zone search box
settings-time-zone-none = No time zone matches “{ $query }”.
# $offset (String) - the zone's current offset from UTC, already formatted, e.g. "+08:00" or "−03:00"
settings-time-zone-offset = UTC{ $offset }
settings-agent = Signed in as

## Developer options (collapsed section at the end of the settings menu)

settings-developer = Developer
settings-pseudo-locale = Pseudo-locale
settings-pseudo-locale-hint = Shows every text accented and longer, to find cut-off and untranslated text.

## Keyboard shortcuts

help-title = Keyboard shortcuts
help-close = Close
shortcut-next = Next conversation
shortcut-previous = Previous conversation
shortcut-open = Open the selected conversation
shortcut-reply = Reply (focus the composer)
shortcut-resolve = Resolve the open conversation
shortcut-search = Search
shortcut-help = Show or hide this help
shortcut-escape = Close this help, leave a text field
shortcut-send = Send the reply (in the composer)
