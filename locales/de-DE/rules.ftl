# Regeln, Antwortvorlagen und die Prüfung vor dem Senden.

settings-rules-open = Regeln und Automatisierungen…
rules-title = Regeln
rules-close = Schließen
rules-new = Neue Regel
rules-empty = Noch keine Regeln. Lege eine an, teste sie mit einem Probelauf und schalte sie dann ein.
rules-enabled = An
rules-enabled-title = Regel ein- oder ausschalten
rules-move-up = Nach oben
rules-move-down = Nach unten
rules-delete = Löschen
rules-edit = Bearbeiten
rules-export = JSON exportieren
rules-import = JSON importieren
rules-import-label = Exportierten Regelsatz einfügen
rules-imported = { $count ->
    [one] Eine Regel importiert.
   *[other] { $count } Regeln importiert.
}
rules-saved = Regel gespeichert.

rules-name-label = Name
rules-name-placeholder = z. B. Beschädigte Pakete sind dringend
rules-trigger-label = Wenn
rule-trigger-new-buyer-message = eine Käufernachricht eintrifft
rule-trigger-agent-reply = ein Mitarbeiter antwortet
rule-trigger-status-change = sich der Status ändert
rule-trigger-time = Zeit vergeht
rules-anchor-label = Gezählt ab
rule-anchor-last-buyer-message = der letzten Käufernachricht
rule-anchor-last-agent-message = der letzten Antwort
rule-anchor-status-change = der letzten Statusänderung
rules-after-minutes = Minuten
rules-match-label = Falls
rules-match-all = alle Bedingungen gelten
rules-match-any = eine Bedingung gilt
rules-add-condition = Bedingung hinzufügen
rules-add-action = Aktion hinzufügen
rules-actions-label = Dann
rules-remove = Entfernen
rules-value-placeholder = Werte, durch Kommas getrennt
rules-stop-after-match = Spätere Regeln nicht prüfen, wenn diese zutrifft
rules-save = Regel speichern
rules-cancel = Abbrechen

rule-cond-channel = Kanal
rule-cond-language = Sprache
rule-cond-country = Land
rule-cond-category = Kategorie
rule-cond-logistics-problem = Versandproblem
rule-cond-customer-grade = Kundenstufe
rule-cond-segment = Segment
rule-cond-keywords = Stichwörter
rule-cond-regex = Regulärer Ausdruck
rule-cond-priority = Priorität
rule-cond-status = Status
rule-cond-business-hours = Innerhalb der Geschäftszeiten
rule-cond-blacklisted = Käufer ist gesperrt
rule-cond-awaiting-agent = Wartet auf einen Mitarbeiter
rule-cond-yes = ja
rule-cond-no = nein

rule-act-assign = Zuweisen an
rule-act-tag = Schlagwort hinzufügen
rule-act-set-priority = Priorität setzen
rule-act-set-category = Kategorie setzen
rule-act-apply-sla-policy = SLA-Richtlinie anwenden
rule-act-set-status = Status setzen
rule-act-auto-reply = Automatisch mit Vorlage antworten
rule-act-add-note = Interne Notiz hinzufügen
rule-act-notify = Mitarbeiter benachrichtigen

rules-dry-run = Probelauf
rules-dry-run-limit = Letzte Gespräche
rules-dry-run-title = Was diese Regel getan hätte
rules-dry-run-summary = { $matched ->
    [one] Trifft auf eines von { $total } Gesprächen zu.
   *[other] Trifft auf { $matched } von { $total } Gesprächen zu.
}
rules-col-conversation = Gespräch
rules-col-result = Ergebnis
rules-col-why = Warum
rules-col-actions = Würde tun
rules-result-matched = Trifft zu
rules-result-not-matched = Trifft nicht zu
rules-runs-title = Regelausführungen

rule-outcome-matched = „{ $rule }“ traf zu
rule-outcome-not-matched = „{ $rule }“ traf nicht zu
rule-outcome-disabled = „{ $rule }“ ist ausgeschaltet
rule-outcome-other-trigger = „{ $rule }“ wartet auf einen anderen Auslöser
rule-outcome-already-applied = „{ $rule }“ hat bei diesem Ereignis schon gehandelt
rule-outcome-stopped = „{ $rule }“ übersprungen: eine frühere Regel hat die Prüfung beendet
rule-outcome-not-due = „{ $rule }“ ist noch nicht fällig

rule-check-any-empty-passed = Keine Alternativen zu prüfen
rule-check-any-empty-failed = Keine Alternativen: „eine von nichts“ gilt nie
rule-check-not-passed = Die verneinte Bedingung gilt nicht, wie verlangt
rule-check-not-failed = Die verneinte Bedingung gilt
rule-check-keywords-passed = Stichwort „{ $actual }“ gefunden (gesucht: { $expected })
rule-check-keywords-failed = Keines der Stichwörter { $expected } kommt vor
rule-check-regex-passed = Muster { $expected } fand „{ $actual }“
rule-check-regex-failed = Muster { $expected } passt nicht
rule-check-channel-passed = Kanal ist { $actual }
rule-check-channel-failed = Kanal ist { $actual }, nicht { $expected }
rule-check-store-id-passed = Shop ist { $actual }
rule-check-store-id-failed = Shop ist { $actual }, nicht { $expected }
rule-check-language-passed = Sprache ist { $actual }
rule-check-language-failed = Sprache ist { $actual }, nicht { $expected }
rule-check-country-passed = Land ist { $actual }
rule-check-country-failed = Land ist { $actual }, nicht { $expected }
rule-check-category-passed = Kategorie ist { $actual }
rule-check-category-failed = Kategorie ist { $actual }, nicht { $expected }
rule-check-logistics-problem-passed = Versandproblem ist { $actual }
rule-check-logistics-problem-failed = Versandproblem ist { $actual }, nicht { $expected }
rule-check-customer-grade-passed = Kundenstufe ist { $actual }
rule-check-customer-grade-failed = Kundenstufe ist { $actual }, nicht { $expected }
rule-check-segment-passed = Segment ist { $actual }
rule-check-segment-failed = Segment ist { $actual }, nicht { $expected }
rule-check-order-value-passed = Bestellwert { $actual } erfüllt { $expected }
rule-check-order-value-failed = Bestellwert { $actual } erfüllt { $expected } nicht
rule-check-priority-passed = Priorität ist { $actual }
rule-check-priority-failed = Priorität ist { $actual }, nicht { $expected }
rule-check-status-passed = Status ist { $actual }
rule-check-status-failed = Status ist { $actual }, nicht { $expected }
rule-check-has-tag-passed = Hat ein Schlagwort aus { $expected }
rule-check-has-tag-failed = Schlagwörter { $actual } enthalten keines aus { $expected }
rule-check-minutes-since-buyer-message-passed = { $actual } Minuten seit der Käufernachricht ({ $expected })
rule-check-minutes-since-buyer-message-failed = { $actual } Minuten seit der Käufernachricht, verlangt: { $expected }
rule-check-minutes-since-agent-message-passed = { $actual } Minuten seit der letzten Antwort ({ $expected })
rule-check-minutes-since-agent-message-failed = { $actual } Minuten seit der letzten Antwort, verlangt: { $expected }
rule-check-minutes-since-status-change-passed = { $actual } Minuten seit der Statusänderung ({ $expected })
rule-check-minutes-since-status-change-failed = { $actual } Minuten seit der Statusänderung, verlangt: { $expected }
rule-check-awaiting-agent-passed = Wartet auf Mitarbeiter: { $actual ->
        [true] ja
       *[other] nein
    }
rule-check-awaiting-agent-failed = Wartet auf Mitarbeiter: { $actual ->
        [true] ja
       *[other] nein
    }, verlangt: { $expected ->
        [true] ja
       *[other] nein
    }
rule-check-business-hours-passed = In den Geschäftszeiten: { $actual ->
        [true] ja
       *[other] nein
    }
rule-check-business-hours-failed = In den Geschäftszeiten: { $actual ->
        [true] ja
       *[other] nein
    }, verlangt: { $expected ->
        [true] ja
       *[other] nein
    }
rule-check-blacklisted-passed = Käufer gesperrt: { $actual ->
        [true] ja
       *[other] nein
    }
rule-check-blacklisted-failed = Käufer gesperrt: { $actual ->
        [true] ja
       *[other] nein
    }, verlangt: { $expected ->
        [true] ja
       *[other] nein
    }

rule-action-assign = An { $agent } zuweisen
rule-action-tag = Schlagwort „{ $tag }“ hinzufügen
rule-action-set-priority = Priorität auf { $priority } setzen
rule-action-set-category = Kategorie auf { $category } setzen
rule-action-apply-sla-policy = SLA-Richtlinie { $policy } anwenden
rule-action-set-status = Status auf { $status } setzen
rule-action-auto-reply = Automatisch mit Vorlage { $template } antworten
rule-action-add-note = Interne Notiz „{ $text }“ hinzufügen
rule-action-notify = { $agent } benachrichtigen

rules-invalid-json = Der Regelsatz ist kein gültiges JSON (Zeile { $line }, Spalte { $column }).
rules-unknown-format = Das ist kein Bridgedesk-Regelsatz (Format „{ $format }“).
rules-unsupported-version = Regelsatz-Version { $version } wird von diesem Bridgedesk nicht unterstützt.
rules-too-many-rules = Zu viele Regeln: höchstens { $max }.
rules-empty-rule-id = Regel Nummer { $index } hat keine Kennung.
rules-duplicate-rule-id = Die Kennung „{ $rule }“ kommt doppelt vor.
rules-no-actions = Die Regel „{ $rule }“ hat keine Aktionen.
rules-invalid-regex = Die Regel „{ $rule }“ hat einen ungültigen regulären Ausdruck: { $pattern }
rules-regex-too-long = Die Regel „{ $rule }“ hat einen regulären Ausdruck über { $max } Bytes.
rules-condition-too-deep = Die Regel „{ $rule }“ verschachtelt Bedingungen tiefer als { $max } Ebenen.
rules-negative-duration = Die Regel „{ $rule }“ hat eine negative Dauer.
rules-unknown-template = Die Regel „{ $rule }“ nennt die unbekannte Vorlage „{ $template }“.
error-rules-invalid = Diese Regel kann der Editor nicht speichern.
template-no-variant = Die Vorlage „{ $template }“ hat in keiner Sprache Text.
template-syntax = Die Vorlage „{ $template }“ ({ $language }) ist ungültig.
template-missing-variable = Die Vorlage „{ $template }“ ({ $language }) braucht { $variable }, das diesem Gespräch fehlt.
template-format = Die Vorlage „{ $template }“ ({ $language }) konnte nicht ausgefüllt werden.
template-unknown-time-zone = Die Zeitzone des Käufers, { $zone }, ist unbekannt.
error-template-unknown = Diese Vorlage gibt es nicht mehr.
error-reply-blocked = Die Antwort wurde nicht gesendet: Sie enthält etwas, das der Marktplatz verbietet. Entferne den markierten Text.
error-demo-not-demo = Simulierte Nachrichten gibt es nur im Demo-Arbeitsbereich.
error-blacklist-reason-missing = Gib einen Grund für die Sperre dieses Käufers an.
error-grade-thresholds-invalid = Diese Stufengrenzen können nicht gespeichert werden.

template-open = Vorlagen
template-open-title = Antwortvorlage einfügen ({ $shortcut })
template-search-placeholder = Vorlagen suchen
template-empty = Keine Vorlage passt.
template-language-label = Sprache des Käufers
template-insert = Einfügen
template-preview-label = Vorschau in deiner Sprache ({ $language })
template-buyer-label = Für den Käufer ({ $language })

send-check-title = Prüfung vor dem Senden
send-check-override = Trotzdem senden
send-check-blocked = Senden ist gesperrt, bis der markierte Text entfernt ist.
send-check-warned = Prüfe den markierten Text; du kannst trotzdem senden.
send-check-sensitive-word-warn = „{ $text }“ steht auf der Liste sensibler Wörter.
send-check-email-address-warn = „{ $text }“ ist eine E-Mail-Adresse (personenbezogene Daten).
send-check-email-address-block = E-Mail-Adressen wie „{ $text }“ sind in { $channel }-Nachrichten nicht erlaubt.
send-check-phone-number-warn = „{ $text }“ sieht nach einer Telefonnummer aus (personenbezogene Daten).
send-check-phone-number-block = Telefonnummern wie „{ $text }“ sind in { $channel }-Nachrichten nicht erlaubt.
send-check-payment-card-block = „{ $text }“ sieht nach einer Kartennummer aus; sende niemals Kartendaten.
send-check-iban-warn = „{ $text }“ sieht nach einer Kontonummer (IBAN) aus.
send-check-iban-block = Bankdaten wie „{ $text }“ sind in { $channel }-Nachrichten nicht erlaubt.
send-check-link-warn = Der Link „{ $text }“ darf nur auf das führen, was die Bestellung braucht.
send-check-link-block = Links wie „{ $text }“ sind in { $channel }-Nachrichten nicht erlaubt.
send-check-off-platform-app-block = „{ $text }“ führt den Käufer von der Plattform weg, was { $channel } verbietet.

dev-simulate-message = Käufernachricht simulieren
dev-simulate-hint = Demo-Werkzeug: schreibt eine realistische neue Käufernachricht in ein Demo-Gespräch, auf demselben Weg wie die Synchronisierung eines Kanals, damit man Regeln wirken sieht.

## A value that is absent in a trace

rule-value-none = keins

## Sensitive-word lists

rules-words-title = Sensible Wörter
rules-words-hint = Die Prüfung vor dem Senden warnt, wenn eine Antwort in dieser Sprache eines dieser Wörter enthält (eines pro Zeile).
rules-words-language = Sprache
rules-words-save = Wörter speichern

## The notice of a rule's "notify" action (in-app and as a desktop notification)

# $rule (String) - the rule's name as the agent wrote it
rules-notice-text = Die Regel „{ $rule }“ bittet um Ihre Aufmerksamkeit
# $agent (String) - the agent the conversation is assigned to
rules-notice-agent = für { $agent }
rules-notice-open = Unterhaltung öffnen
rules-notice-dismiss = Schließen
