# Eine Konversation: Kopfzeile, Aktionen, Verlauf, Zustellstatus, Notizen, Antwortfeld, Kundenbereich.

## Konversationsbereich

pane-empty = Konversation auswählen
pane-loading = Konversation wird geöffnet…
pane-empty-hint = Mit j und k durch die Liste blättern, mit Enter öffnen, mit ? alle Tastenkürzel anzeigen.
header-store = Shop
header-priority = Priorität
header-category = Kategorie
header-assignee = Zuständig
# $relative (String) – wie lange die letzte Nachricht oder Änderung her ist, z. B. „vor 3 Stunden“, „gestern“
header-last-activity = Letzte Aktivität: { $relative }
# Tooltip der Antwortfrist in der Kopfzeile der Konversation.
# $time (Date) – die Frist in der Zeitzone des Agenten, z. B. „03.03.2025, 14:05“
header-due-at = Antworten bis { $time }
assignee-none = Nicht zugewiesen
assign-label = Zuweisen an
action-resolve = Als gelöst markieren
action-resolve-title = Konversation als gelöst markieren (e)
action-pending = Auf wartend setzen
action-pending-title = Warten auf den Käufer: Die Antwortfrist pausiert
action-reopen = Wieder öffnen
action-reopen-title = Konversation wieder öffnen
tag-add-placeholder = Tag hinzufügen…
# $tag: Name des Tags
tag-remove = Tag „{ $tag }“ entfernen
thread-label = Nachrichten und interne Notizen
# $channel: Name des Kanals, z. B. „eBay“ oder „E-Mail“
message-via = über { $channel }
message-show-html = Originalformatierung anzeigen
message-show-text = Als reinen Text anzeigen
note-label = Interne Notiz
note-placeholder = Interne Notiz hinzufügen – nur Ihr Team sieht sie
note-add = Notiz hinzufügen
composer-label = Antwort
# $customer: Name des Käufers
composer-placeholder = Antwort an { $customer }…
composer-hint = Strg+Enter zum Senden · Entwurf wird auf diesem Computer gespeichert
composer-hint-mac = ⌘+Enter zum Senden · Entwurf wird auf diesem Computer gespeichert
composer-send = Senden
composer-sending = Wird eingereiht…
composer-send-title = Antwort in den Postausgang stellen; sie wird gesendet, sobald der Kanal erreichbar ist

## Zustellstatus ausgehender Nachrichten

delivery-queued = In Warteschlange
delivery-sending = Wird gesendet
delivery-sent = Gesendet
delivery-accepted = Angenommen
delivery-failed = Fehlgeschlagen
delivery-queued-hint = Wartet im Postausgang, bis sie über den Kanal gesendet wird
delivery-sending-hint = Wird gerade an den Kanal übermittelt
delivery-sent-hint = An den Kanal übermittelt
delivery-accepted-hint = Der Marktplatz oder Mailserver hat die Nachricht angenommen
delivery-failed-hint = Senden fehlgeschlagen; Bridgedesk versucht es erneut
# $code: interner Code des Zustellfehlers
delivery-error-unknown = Zustellproblem ({ $code })

## Kundenbereich

customer-empty = Die Angaben zum Käufer erscheinen hier, wenn Sie eine Konversation öffnen.
customer-country = Land
customer-language = Sprache
customer-local-time = Ortszeit
customer-local-time-unknown = unbekannt (kein Land hinterlegt)
buyer-time-same = gleiche Uhrzeit wie bei Ihnen
# $hours: Stunden, die die Uhr des Käufers hinter Ihrer zurückliegt (ggf. mit Nachkommastelle)
buyer-time-behind = −{ $hours } Std. gegenüber Ihnen
# $hours: Stunden, die die Uhr des Käufers Ihrer voraus ist (ggf. mit Nachkommastelle)
buyer-time-ahead = +{ $hours } Std. gegenüber Ihnen
customer-identities = Identitäten
# $count: Anzahl der mit dem Käufer verknüpften Bestellungen
customer-orders =
    { $count ->
        [0] Bestellungen
       *[other] Bestellungen ({ $count })
    }
customer-no-orders = Mit diesem Käufer sind keine Bestellungen verknüpft.
order-number = Bestellnummer
# $quantity: Stückzahl des Artikels
order-item-quantity = { $quantity } ×
order-total = Gesamt
order-carrier-unknown = Versanddienstleister unbekannt
order-tracking-title = Sendungsnummer – zum Auswählen klicken
