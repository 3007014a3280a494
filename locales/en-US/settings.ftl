# Settings menu and keyboard shortcuts.

## Settings menu

settings-open = Settings
settings-title = Settings
settings-language = Language
settings-time-zone = Your time zone
settings-agent = Signed in as

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
