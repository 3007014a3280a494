# Einstellungsmenü und Tastenkürzel.

## Einstellungsmenü

settings-open = Einstellungen
settings-title = Einstellungen
settings-language = Sprache
settings-time-zone = Ihre Zeitzone
# $zone (String) – die IANA-Zeitzone des Betriebssystems, z. B. „Europe/Berlin“
settings-time-zone-system = Systemzeitzone ({ $zone })
settings-time-zone-search = Zeitzonen durchsuchen…
settings-time-zone-list = Zeitzonen
# $query (String) – der Suchtext im Zeitzonen-Suchfeld
settings-time-zone-none = Keine Zeitzone passt zu „{ $query }“.
# $offset (String) – aktuelle Abweichung der Zone von UTC, bereits formatiert, z. B. „+01:00“ oder „−03:00“
settings-time-zone-offset = UTC{ $offset }
settings-agent = Angemeldet als

## Entwickleroptionen (eingeklappter Bereich am Ende des Einstellungsmenüs)

settings-developer = Entwickler
settings-pseudo-locale = Pseudolokalisierung
settings-pseudo-locale-hint = Zeigt alle Texte mit Akzenten und verlängert an, um abgeschnittene und nicht übersetzte Texte zu finden.

## Tastenkürzel

help-title = Tastenkürzel
help-close = Schließen
shortcut-next = Nächste Konversation
shortcut-previous = Vorherige Konversation
shortcut-open = Ausgewählte Konversation öffnen
shortcut-reply = Antworten (Antwortfeld fokussieren)
shortcut-resolve = Geöffnete Konversation als gelöst markieren
shortcut-search = Suchen
shortcut-help = Diese Hilfe ein-/ausblenden
shortcut-escape = Diese Hilfe schließen, Textfeld verlassen
shortcut-send = Antwort senden (im Antwortfeld)
