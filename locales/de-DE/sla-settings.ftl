# SLA-Einstellungen: Geschäftskalender (Zeitzone, Wochenzeiten, Feiertage, Datumsausnahmen), die
# geordneten Richtlinien (Bedingungen, Ziele, Vorwarnzeit), „Verlauf neu berechnen“ und der
# Hinweis vor einer Fristverletzung.

sla-settings-open = SLA-Kalender und -Richtlinien…
sla-settings-title = SLA-Kalender und -Richtlinien
sla-settings-tab-calendars = Kalender
sla-settings-tab-policies = Richtlinien
sla-settings-close = Schließen
sla-settings-loading = Wird geladen…
sla-settings-remove = Entfernen

## Kalender

sla-settings-calendar = Kalender
sla-settings-add-calendar = Neuer Kalender
sla-settings-new-calendar = (neuer Kalender)
sla-settings-calendar-name = Name
sla-settings-calendar-zone = Zeitzone
sla-settings-calendar-applies = Gilt für
sla-settings-calendar-default = Alle Shops ohne eigenen Kalender (Standard)
sla-settings-calendar-unattached = Nur Richtlinien, die ihn nennen
sla-settings-weekly = Wöchentliche Öffnungszeiten
sla-settings-weekly-hint = Jedes Intervall als HH:MM-HH:MM schreiben. Mehrere für Mittagspause oder geteilte Schichten; ein Ende vor dem Beginn reicht über Mitternacht (22:00-02:00).
sla-settings-day-mon = Montag
sla-settings-day-tue = Dienstag
sla-settings-day-wed = Mittwoch
sla-settings-day-thu = Donnerstag
sla-settings-day-fri = Freitag
sla-settings-day-sat = Samstag
sla-settings-day-sun = Sonntag
sla-settings-closed-all-day = Geschlossen
# $day (String) - der Wochentag
sla-settings-interval-label = Öffnungszeit am { $day }
sla-settings-add-interval = + Intervall
sla-settings-days = Feiertage und Datumsausnahmen
sla-settings-holiday-set = Feiertagssatz
# $year (String) - das Jahr
sla-settings-region-cn = China { $year }
sla-settings-region-us = USA { $year }
sla-settings-region-de = Deutschland { $year }
sla-settings-region-br = Brasilien { $year }
sla-settings-import-set = Feiertage importieren
sla-settings-import-ics = .ics-Datei importieren
# $count (Number) - importierte Tage
sla-settings-imported = { $count ->
    [one] 1 Tag importiert. Kalender speichern, um ihn zu behalten.
   *[other] { $count } Tage importiert. Kalender speichern, um sie zu behalten.
}
sla-settings-day-date = Datum
sla-settings-day-kind = Art
sla-settings-day-label = Name oder Grund
sla-settings-day-hours = Zeiten
sla-settings-kind-holiday = Feiertag (geschlossen)
sla-settings-kind-working-day = Nachholarbeitstag
sla-settings-kind-closed = Geschlossen
sla-settings-kind-half-day = Halber Tag
sla-settings-kind-special-hours = Sonderzeiten
sla-settings-add-day = + Datum
# $count (Number) - Anzahl Daten
sla-settings-day-count = { $count ->
    [one] 1 Datum
   *[other] { $count } Daten
}
sla-settings-save-calendar = Kalender speichern
sla-settings-saved-calendar = Kalender gespeichert. Er gilt für ab jetzt berechnete Uhren.

## Richtlinien

sla-settings-policies-hint = Es gilt die erste Richtlinie, deren Bedingungen auf die Konversation zutreffen.
# $version (Number) - Version der Richtlinie
sla-settings-version = v{ $version }
# $name (String) - Name der Richtlinie
sla-settings-move-up = { $name } nach oben
sla-settings-move-down = { $name } nach unten
sla-settings-add-policy = Neue Richtlinie
sla-settings-policy-name = Name
sla-settings-conditions = Bedingungen
sla-settings-conditions-hint = Eine leere Gruppe passt auf jeden Wert.
sla-settings-channels = Kanäle
sla-settings-stores = Shops
sla-settings-priorities = Prioritäten
sla-settings-grades = Kundenstufen
sla-settings-grade-a = Schlüsselkunde A
sla-settings-grade-b = Schlüsselkunde B
sla-settings-grade-ordinary = Normal
sla-settings-grade-small = Klein
sla-settings-grade-blacklist = Sperrliste
sla-settings-categories = Kategorien
sla-settings-languages = Sprachen (z. B. es, pt-BR)
sla-settings-targets = Ziele
sla-settings-metric-first = Erste Antwort
sla-settings-metric-next = Nächste Antwort
sla-settings-metric-resolution = Lösung
sla-settings-minutes = Minuten
sla-settings-basis = Gezählt in
sla-settings-basis-business = Geschäftszeit
sla-settings-basis-calendar = Kalenderzeit (jede Stunde)
sla-settings-calendar-own = dem Kalender des Shops der Konversation
sla-settings-no-target = Kein Ziel
sla-settings-warn-before = Warnen
# $version (Number) - Version, die beim Speichern entsteht
sla-settings-save-hint = Speichern erzeugt Version { $version }; Konversationen behalten ihre Version, bis Sie den Verlauf neu berechnen.
sla-settings-save-policy = Richtlinie speichern
sla-settings-saved-policy = Richtlinie als neue Version gespeichert. Sie gilt für neue Uhren.
sla-settings-delete-policy = Richtlinie löschen
sla-settings-deleted-policy = Richtlinie gelöscht. Ihre Konversationen folgen bei der nächsten Berechnung der ersten passenden Richtlinie.

## Verlauf neu berechnen

sla-settings-recompute = Verlauf neu berechnen
sla-settings-recompute-hint = „Verlauf neu berechnen“ bewertet die Uhren aller Konversationen mit den aktuellen Kalendern und Richtlinien neu.
# $changed (Number) - geänderte Konversationen
# $total (Number) - neu bewertete Konversationen
# $ms (Number) - Dauer in Millisekunden
sla-settings-recomputed = { $total } Konversationen in { $ms } ms neu berechnet: { $changed } geändert.

## Hinweis vor einer Fristverletzung

# $count (Number) - Konversationen, die gerade in die Warnung gekommen sind
sla-alert-text = { $count ->
    [one] 1 Konversation verletzt bald ihre Frist:
   *[other] { $count } Konversationen verletzen bald ihre Frist. Am dringendsten:
}
# $due (String) - Fälligkeit in der Zone des Agenten
sla-alert-due = fällig { $due }
sla-alert-open = Dringendste öffnen
sla-alert-dismiss = Ausblenden
