# Texte, die die Rust-Seite formatiert: Fenstertitel und Kommandozeile.

shell-window-title = Bridgedesk – Posteingang
# $count: Anzahl der ungelesenen Konversationen
shell-window-title-unread = { $count ->
    [0] Bridgedesk – Posteingang
    [one] Bridgedesk – Posteingang ({ $count } ungelesen)
   *[other] Bridgedesk – Posteingang ({ $count } ungelesen)
}
# $conversations, $messages: erzeugte Anzahl; $path: Pfad der Datenbankdatei; $seconds: Dauer in Sekunden
cli-generated = { $conversations ->
    [one] { $conversations } Konversation
   *[other] { $conversations } Konversationen
} mit { $messages ->
    [one] { $messages } Nachricht
   *[other] { $messages } Nachrichten
} in { $path } erzeugt ({ $seconds } s).
# Anzahlen der Datenbank; $schema: Schemaversion; $megabytes: Dateigröße in MB
cli-stats = Shops: { $stores } · Kunden: { $customers } · Bestellungen: { $orders } · Konversationen: { $conversations } · Nachrichten: { $messages } · Antworten im Postausgang: { $queued } · Schema: v{ $schema } · Datei: { $megabytes } MB
# $query: der Suchbegriff
cli-search-none = Keine Konversation passt zu „{ $query }“.
# $count: Anzahl der Treffer; $query: der Suchbegriff; $capped: yes, wenn nur die neuesten Treffer durchsucht wurden
cli-search-count = { $count ->
    [one] { $count } Konversation passt
   *[other] { $count } Konversationen passen
} zu „{ $query }“{ $capped ->
    [yes] { " " }(nur unter den neuesten Treffern)
   *[no] {""}
}.
