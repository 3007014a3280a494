# Die App-Hülle: Fenster, Willkommensseite, beschädigter Arbeitsbereich.

## Name der Sprache selbst, im Einstellungsmenü in dieser Sprache angezeigt

locale-name = Deutsch (Deutschland)

## App

app-name = Bridgedesk
app-starting = Arbeitsbereich wird geöffnet…
# $code: interner Fehlercode (z. B. store.busy)
app-error-fallback = Ein Fehler ist aufgetreten (Code { $code }). Bitte versuchen Sie es erneut.
# $detail: technische Fehlermeldung, oft auf Englisch
app-error-unexpected = Unerwartetes Problem im App-Fenster: { $detail }
error-banner-dismiss = Schließen

## Willkommen (leerer Arbeitsbereich)

welcome-title = Willkommen bei Bridgedesk
welcome-line-1 = Ein Posteingang für alle Käufernachrichten – E-Mail, eBay, Amazon, Shopee, TikTok Shop, Lazada und Telegram.
welcome-line-2 = Alle Daten liegen auf diesem Computer. Sie können also auch offline lesen, suchen und antworten.
welcome-demo = Mit Demo-Daten ausprobieren
welcome-demo-hint = Ein realistischer Posteingang mit Käufern, Bestellungen und Sendungsnummern. Es wird nichts versendet.
welcome-demo-busy = Demo-Posteingang wird erstellt…
welcome-demo-busy-detail = Die lokale Datenbank wird mit Demo-Konversationen gefüllt. Das dauert einige Sekunden.
welcome-add-account = Konto hinzufügen
welcome-add-account-hint = E-Mail-Konten und Marktplatz-Shops verbinden.

## Beschädigter Arbeitsbereich

unavailable-title = Ihr Arbeitsbereich konnte nicht geöffnet werden
unavailable-path = Datenbankdatei:
unavailable-not-recoverable = Bridgedesk kann das nicht selbst beheben. Schließen Sie die App, prüfen Sie die Datei und ihren Ordner und starten Sie Bridgedesk dann erneut.
move-aside = Beschädigte Datei beiseitelegen und neu beginnen
move-aside-question = Bridgedesk benennt die beschädigte Datei um (sie bleibt neben der neuen erhalten, nichts wird gelöscht) und beginnt mit einem leeren Arbeitsbereich. Fortfahren?
move-aside-confirm = Ja, beiseitelegen
move-aside-cancel = Abbrechen
