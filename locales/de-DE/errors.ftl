# Fehler, die dem Agenten angezeigt werden. Die IDs lauten error-<Code, Punkte und Unterstriche durch Bindestriche ersetzt>.

error-store-corrupt = Die lokale Datenbankdatei ist beschädigt und kann nicht geöffnet werden. Es wurde nichts geändert oder gelöscht. Sie können die beschädigte Datei beiseitelegen (sie bleibt umbenannt im selben Ordner erhalten) und mit einem leeren Posteingang beginnen.
# $found: Schemaversion der Datei; $supported: höchste Schemaversion, die diese Version lesen kann
error-store-too-new = Diese Datenbank wurde mit einer neueren Version von Bridgedesk erstellt (Schema { $found }; diese Version unterstützt bis { $supported }). Bitte aktualisieren Sie Bridgedesk. Die Datei wurde nicht geändert.
error-store-busy = Die Datenbank wird von einem anderen Bridgedesk-Fenster oder Programm verwendet. Schließen Sie es und versuchen Sie es erneut.
error-store-not-found = Dieses Element existiert nicht mehr. Es wurde möglicherweise in einem anderen Fenster entfernt.
error-store-io = Der Datenbankordner kann nicht gelesen oder beschrieben werden. Prüfen Sie den freien Speicherplatz und die Ordnerberechtigungen.
error-store-unknown-key = Die Daten konnten nicht importiert werden: Einige Datensätze verweisen auf andere, die fehlen. Es wurde nichts gespeichert.
error-store-invalid-tag = Das Tag ist zu lang: Ein Tag darf höchstens 40 Zeichen haben.
error-store-invalid-note = Eine leere Notiz kann nicht gespeichert werden.
error-store-invalid-reply = Eine leere Antwort kann nicht gesendet werden.
error-store-internal = Ein unerwarteter Datenbankfehler ist aufgetreten. Ihre Daten wurden nicht geändert.
error-workspace-not-open = Der Posteingang ist noch nicht geöffnet.
error-workspace-not-empty = Demo-Daten können nur in einen leeren Posteingang geladen werden.
error-workspace-not-corrupt = Die Datenbank ist nicht beschädigt, daher wurde nichts verschoben.
error-settings-unknown-locale = Diese Sprache ist nicht verfügbar.
error-settings-unknown-time-zone = Diese Zeitzone ist unbekannt.
error-internal = In Bridgedesk ist ein interner Fehler aufgetreten. Ihre Daten wurden nicht geändert.
