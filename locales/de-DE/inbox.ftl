# Der Posteingang: Filterleiste, Suche und Konversationsliste.

## Filterleiste

search-placeholder = Nachrichten durchsuchen…
search-label = Nachrichten durchsuchen
filter-status = Status
filter-status-all = Alle Status
filter-channel = Kanal
filter-channel-all = Alle Kanäle
filter-store = Shop
filter-store-all = Alle Shops
filter-language = Sprache
filter-language-all = Alle Sprachen
filter-category = Kategorie
filter-category-all = Alle Kategorien
filter-assignee = Zuständig
filter-assignee-all = Alle
filter-assignee-unassigned = Nicht zugewiesen
# $count: Anzahl der Konversationen, die den Filtern entsprechen
inbox-total =
    { $count ->
        [one] { $count } Konversation
       *[other] { $count } Konversationen
    }
# $count: Obergrenze der Zählung; es gibt mindestens so viele Treffer
inbox-total-capped = { $count }+ Konversationen
inbox-total-title = Konversationen, die den Filtern entsprechen
# $count: Anzahl der offenen und wartenden Konversationen mit ungelesenen Nachrichten
unread-count =
    { $count ->
        [0] Alles gelesen
       *[other] { $count } ungelesen
    }
unread-title = Offene und wartende Konversationen mit ungelesenen Nachrichten

## Konversationsliste

list-label = Konversationen
list-empty = Keine Konversationen für diese Filter.
list-empty-search = Keine Nachrichten zu Ihrer Suche gefunden.
# $count: Anzahl der ungelesenen Nachrichten in dieser Konversation
row-unread =
    { $count ->
        [one] { $count } ungelesene Nachricht
       *[other] { $count } ungelesene Nachrichten
    }
# $priority: Name der Priorität, z. B. „Hoch“
row-priority = Priorität: { $priority }
# Tooltip der Uhrzeit in einer Listenzeile.
# $relative (String) – wie lange her, bereits formatiert, z. B. „vor 3 Stunden“, „gestern“
# $time (String) – Datum und Uhrzeit in der Zeitzone des Agenten, z. B. „03.03.2025, 14:05“
row-last-activity = Letzte Aktivität: { $relative } ({ $time })
# $duration: verbleibende Zeit bis zur Antwortfrist, z. B. „2 Std.“ oder „3 Tage“ (Nominativ)
due-in = noch { $duration }
# $duration: Zeit seit Ablauf der Antwortfrist, z. B. „35 Min.“ oder „3 Tage“ (Nominativ)
due-overdue = { $duration } überfällig
# $count: Anzahl Minuten
duration-minutes = { $count } Min.
# $count: Anzahl Stunden
duration-hours = { $count } Std.
# $count: Anzahl Tage
duration-days =
    { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
