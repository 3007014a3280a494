# SLA-Fristen: die Antwort- und Lösungsfristen einer Konversation als Live-Countdown, auf drei
# Zeitachsen (Zeitzone des Mitarbeiters, Ortszeit des Käufers, Zeitzone des Marktplatzes), mit
# einem Protokoll, warum jede Uhr so steht, wie sie steht.

## Countdowns

# Zwei Einheiten eines Countdowns nebeneinander, die größere zuerst: „2 Std. 10 Min.“, „3 Tage 4 Std.“.
# $larger (String) - die größere Einheit, bereits formatiert, z. B. „2 Std.“ oder „3 Tage“
# $smaller (String) - die kleinere Einheit, bereits formatiert, z. B. „10 Min.“ oder „4 Std.“
sla-duration-pair = { $larger } { $smaller }
# Tooltip des Countdowns in einer Listenzeile.
# $time (String) - die Frist in der Zeitzone des Mitarbeiters, z. B. „11.03.2025, 14:05“
sla-row-due-title = Antwort fällig: { $time }

## Die SLA-Leiste unter dem Konversationskopf

sla-strip-label = Antwort- und Lösungsfristen
sla-metric-first-response = Erstreaktion
sla-metric-next-response = Folgereaktion
sla-metric-resolution = Lösung
sla-metric-total-resolution = Gesamtlösung
sla-metric-marketplace = Marktplatz
sla-chip-running = Läuft
sla-chip-warning = Frist bald fällig
sla-chip-paused = Pausiert (wartet auf Käufer)
sla-chip-satisfied = Eingehalten
sla-chip-breached = Überschritten
sla-chip-stopped = Gestoppt
# Eine pausierte Uhr behält die verbleibende Zeit.
# $duration (String) - die eingefrorene Restzeit, z. B. „1 Std. 20 Min.“
sla-paused-left = noch { $duration }, eingefroren
# $time (String) - wann die Frist eingehalten wurde, in der Zeitzone des Mitarbeiters, z. B. „Di., 11. März, 14:05“
sla-met-at = eingehalten { $time }
# Die Antwort kam nach Fristablauf.
# $time (String) - wann geantwortet wurde, in der Zeitzone des Mitarbeiters, z. B. „Di., 11. März, 14:05“
sla-met-late = verspätet erfüllt { $time }
# $time (String) - die abgelaufene Frist, in der Zeitzone des Mitarbeiters, z. B. „Di., 11. März, 14:05“
sla-breached-at = überschritten { $time }
# Die Uhr endete ohne Antwort (gelöst, keine Antwort nötig).
# $time (String) - wann sie stoppte, in der Zeitzone des Mitarbeiters, z. B. „Di., 11. März, 14:05“
sla-stopped-at = gestoppt { $time }
sla-basis-business = Geschäftszeit
sla-basis-business-title = Zählt nur die Arbeitszeit des Teams: Nächte, Wochenenden und Feiertage zählen nicht
sla-basis-calendar = Kalenderzeit
sla-basis-calendar-title = Zählt jede Stunde, auch Nächte, Wochenenden und Feiertage
sla-marketplace-idle = nichts zu beantworten

## Die drei Zeitachsen einer Frist

# $time (String) - die Frist in der eigenen Zeitzone des Mitarbeiters, z. B. „Di., 11. März, 14:05“
sla-due-agent = Frist { $time } (Ihre Zeit)
# $zone (String) - die IANA-Zeitzone des Mitarbeiters, z. B. „Europe/Berlin“
sla-due-agent-title = Die Frist in Ihrer Zeitzone ({ $zone })
# $time (String) - Wochentag und Uhrzeit beim Käufer zum Fristende, z. B. „Sa. 02:14“
sla-due-buyer = { $time } beim Käufer
# $zone (String) - die IANA-Zeitzone des Käufers, z. B. „America/New_York“
sla-due-buyer-title = Die Ortszeit des Käufers zum Fristende ({ $zone })
sla-hint-night = nachts
sla-hint-night-title = Zwischen 22:00 und 07:00 Uhr beim Käufer: er schläft wahrscheinlich
sla-hint-weekend = Wochenende
sla-hint-weekend-title = Samstag oder Sonntag beim Käufer
# $time (String) - die Frist in der Zeitzone des Marktplatzes, z. B. „Di., 11. März, 19:00“
# $zone (String) - der Name dieser Zeitzone in der UI-Sprache, z. B. „Malaysische Zeit“ (sonst ihre IANA-ID)
sla-due-marketplace = { $time } { $zone }
# $zone (String) - die IANA-Zeitzone des Marktplatzes, z. B. „Asia/Kuala_Lumpur“
sla-due-marketplace-title = Der Marktplatz rechnet diese Frist in { $zone }

## Regeln der Marktplätze und Richtlinien des Teams

sla-rule-amazon-24h = Amazon-24-Stunden-Regel
sla-rule-amazon-24h-hint = Amazon: jede Käufernachricht innerhalb von 24 Stunden beantworten, auch an Wochenenden und Feiertagen
sla-rule-shopee-12h = Shopee-12-Stunden-Regel
sla-rule-shopee-12h-hint = Shopee: einen Chat innerhalb von 12 Stunden beantworten; nur die erste Antwort zählt
sla-rule-tiktok-shop-12h = TikTok-Shop-12-Stunden-Regel
sla-rule-tiktok-shop-12h-hint = TikTok Shop: innerhalb von 12 Stunden antworten; Chats im Urlaubsmodus zählen nicht
sla-rule-lazada-daily-cycle = Lazada-Tageszyklus
sla-rule-lazada-daily-cycle-hint = Lazada: Nachrichten von gestern 18:00 bis heute 18:00 müssen bis heute 19:00 beantwortet sein, Zeit der Website
sla-rule-ebay-item-not-received = eBay: Artikel nicht erhalten
sla-rule-ebay-item-not-received-hint = eBay: eine Anfrage „Artikel nicht erhalten“ innerhalb von 3 Werktagen beantworten
sla-policy-urgent = Dringend
sla-policy-chat = Chat
sla-policy-marketplace-chat = Marktplatz-Chat
sla-policy-email = E-Mail

## Das Protokoll einer Uhr („Warum?“)

sla-audit-toggle = Warum?
# $count (Number) - wie viele Ereignisse das Protokoll der Uhr hat
sla-audit-toggle-title =
    { $count ->
        [one] Das Ereignis hinter dieser Uhr zeigen
       *[other] Die { $count } Ereignisse hinter dieser Uhr zeigen
    }
# $policy (String) - der Name der Richtlinie, z. B. „Marktplatz-Chat“
# $version (Number) - die Version der Richtlinie, z. B. 1
sla-audit-policy = Richtlinie: { $policy }, Version { $version }
# $rule (String) - der Name der Marktplatzregel, z. B. „Lazada-Tageszyklus“
sla-audit-rule = Regel: { $rule }
# $zone (String) - der Name der Zeitzone in der UI-Sprache, z. B. „Malaysische Zeit“
# $id (String) - die IANA-Zeitzone, z. B. „Asia/Kuala_Lumpur“
sla-audit-reference-zone = gerechnet in { $zone } ({ $id })
# $duration (String) - das Ziel der Uhr, z. B. „4 Std.“
sla-audit-target-business = Ziel: { $duration } Geschäftszeit
# $duration (String) - das Ziel der Uhr, z. B. „24 Std.“
sla-audit-target-calendar = Ziel: { $duration } Kalenderzeit
sla-audit-empty = Für diese Uhr gibt es noch keine Ereignisse.
# Eine Zeile des Protokolls: was mit der Uhr geschah und warum.
# $event (String) - was geschah, z. B. „Pausiert“
# $reason (String) - warum, z. B. „Status auf Wartend gesetzt, wartet auf den Käufer“
sla-audit-entry = { $event } – { $reason }
sla-event-started = Gestartet
sla-event-paused = Pausiert
sla-event-resumed = Fortgesetzt
sla-event-satisfied = Eingehalten
sla-event-breached = Überschritten
sla-event-stopped = Gestoppt
sla-event-reopened = Wieder geöffnet
sla-event-ignored = Nicht gezählt
sla-event-excluded = Ausgenommen
sla-event-calendar-time-fallback = In Kalenderzeit gezählt
sla-reason-buyer-message = der Käufer hat geschrieben
sla-reason-oldest-unanswered-buyer-message = ab der ältesten unbeantworteten Nachricht des Käufers
sla-reason-agent-reply = öffentliche Antwort eines Mitarbeiters, vom Kanal angenommen
sla-reason-status-pending = Status auf Wartend gesetzt, wartet auf den Käufer
sla-reason-status-open = Status wieder auf Offen gesetzt
sla-reason-resolved = Konversation gelöst
sla-reason-closed = Konversation geschlossen
sla-reason-deadline-passed = die Frist ist ohne gültige Antwort abgelaufen
sla-reason-auto-reply = eine automatische Antwort zählt nie
sla-reason-internal-note = eine interne Notiz zählt nie
sla-reason-reply-not-accepted = der Kanal hat die Antwort noch nicht angenommen
sla-reason-not-human-author = die Nachricht stammt nicht von einem Mitarbeiter
sla-reason-no-response-needed = als „keine Antwort nötig“ markiert
sla-reason-holiday-mode = im Urlaubsmodus des Shops eingegangen
sla-reason-seller-initiated = der Verkäufer hat den Chat begonnen
sla-reason-calendar-missing = der Geschäftszeitenkalender der Richtlinie fehlt
sla-reason-item-not-received-opened = der Käufer hat eine Anfrage „Artikel nicht erhalten“ eröffnet
sla-reason-item-not-received-answered = die Anfrage „Artikel nicht erhalten“ wurde beantwortet
sla-reason-first-reply-only = der Marktplatz misst nur die erste Antwort
