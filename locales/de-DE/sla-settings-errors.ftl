# SLA settings messages formatted by Rust: core errors and the native notification title.

# Titel der Systembenachrichtigung.
# $count (Number) - Konversationen, die gerade in die Warnung gekommen sind
sla-alert-notification-title = { $count ->
    [one] Eine Antwort ist bald fällig
   *[other] { $count } Antworten sind bald fällig
}

## Fehler der SLA-Einstellungen

error-sla-empty-name = Geben Sie dem Kalender oder der Richtlinie einen Namen.
error-sla-unknown-zone = Wählen Sie eine Zeitzone aus der Liste.
# $weekday (Number) - 1 = Montag … 7 = Sonntag
error-sla-bad-interval = Ein Intervall am Wochentag { $weekday } ist nicht als HH:MM-HH:MM geschrieben.
# $row (Number) - Zeile der Datumsliste
error-sla-bad-date = Zeile { $row } der Datumsliste braucht ein gültiges Datum.
# $row (Number) - Zeile der Datumsliste
error-sla-bad-day-hours = Zeile { $row } der Datumsliste braucht Zeiten im Format HH:MM-HH:MM.
error-sla-unknown-calendar = Ein Ziel zählt Geschäftszeit in einem Kalender, den es nicht gibt.
error-sla-negative-target = Ziele und Vorwarnzeit dürfen nicht negativ sein.
error-sla-no-default = Ein Kalender muss der Standard bleiben.
# $line (Number) - Zeile der Datei
error-sla-bad-ics = Die .ics-Datei konnte nicht gelesen werden (Zeile { $line }).
error-sla-unknown-set = Für dieses Land und Jahr gibt es keinen eingebauten Feiertagssatz.
error-sla-not-found = Diese Richtlinie oder dieser Kalender existiert nicht mehr.
error-sla-already-attached = Der Kalender „{ $calendar }“ zählt bereits die Stunden dieses Teams oder Shops. Löse ihn dort zuerst.
