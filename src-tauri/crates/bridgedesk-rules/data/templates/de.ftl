### Start-Antwortvorlagen, Deutsch. Der Kommentar über jeder Nachricht ist ihr Name.

# Versandbestätigung
shipping-notice =
    Hallo { $buyer_name },

    gute Nachrichten: { $item_count ->
        [one] Der Artikel aus Ihrer Bestellung { $order_number } ist unterwegs.
       *[other] Die { $item_count } Artikel aus Ihrer Bestellung { $order_number } sind unterwegs.
    }
    Versanddienstleister: { $carrier }
    Sendungsnummer: { $tracking_number }
    Voraussichtliche Zustellung: { $expected_delivery }

    Mit der Sendungsnummer können Sie das Paket auf der Website des Versanddienstleisters verfolgen. Bei Fragen antworten Sie einfach auf diese Nachricht.

    Mit freundlichen Grüßen
    { $store_name }

# Wo ist meine Bestellung?
where-is-my-order =
    Hallo { $buyer_name },

    vielen Dank für Ihre Geduld, und entschuldigen Sie die Wartezeit. Ich habe Ihre Bestellung { $order_number } geprüft: Sie wurde vor { $days_in_transit ->
        [one] einem Tag
       *[other] { $days_in_transit } Tagen
    } mit { $carrier } verschickt (Sendungsnummer { $tracking_number }) und soll bis zum { $expected_delivery } ankommen.

    Internationale Sendungen zeigen während der Zollabfertigung manchmal einige Tage lang keinen neuen Sendungsstatus; das ist normal. Sollte das Paket bis dahin nicht angekommen sein, schreiben Sie uns bitte erneut, und wir finden sofort eine Lösung für Sie.

    Mit freundlichen Grüßen
    { $store_name }

# Rücksendeanleitung
return-instructions =
    Hallo { $buyer_name },

    vielen Dank für Ihre Nachricht zu Ihrer Bestellung { $order_number }. Gern nehmen wir den Artikel innerhalb von { $return_days ->
        [one] einem Tag
       *[other] { $return_days } Tagen
    } nach der Zustellung zurück.

    { $postage_payer ->
        [seller] Die Rücksendekosten übernehmen wir: Bitte verwenden Sie das frankierte Rücksendeetikett, das wir Ihnen schicken; für Sie entstehen keine Kosten.
       *[buyer] Da der Artikel keinen Mangel hat, trägt der Käufer die Kosten der Rücksendung. Wir empfehlen einen Versand mit Sendungsverfolgung.
    }

    Bitte verpacken Sie den Artikel nach Möglichkeit in der Originalverpackung und legen Sie Ihre Bestellnummer bei. Sobald die Rücksendung bei uns eingeht, erstatten wir Ihnen den Betrag.

    Mit freundlichen Grüßen
    { $store_name }

# Entschuldigung für beschädigten Artikel
damaged-item-apology =
    Hallo { $buyer_name },

    es tut uns sehr leid, dass Ihre Bestellung { $order_number } beschädigt angekommen ist. So soll es nicht sein.

    Könnten Sie uns bitte ein Foto des Artikels und der Verpackung schicken? Wählen Sie dann die Lösung, die Ihnen am besten passt:
    • kostenloser Ersatz, auf unsere Kosten verschickt;
    • volle Erstattung;
    • Teilerstattung, wenn Sie den Artikel behalten möchten.

    Antworten Sie einfach mit Ihrer Wahl, und wir kümmern uns sofort um alles Weitere.

    Mit der Bitte um Entschuldigung
    { $store_name }

# Nachfassen bei negativer Bewertung
negative-review-follow-up =
    Hallo { $buyer_name },

    vielen Dank, dass Sie sich die Zeit genommen haben, uns Ihre Meinung zur Bestellung { $order_number } mitzuteilen. Es tut uns leid, dass wir Ihre Erwartungen nicht erfüllt haben.

    Wir möchten das gern wiedergutmachen. Könnten Sie uns etwas genauer schildern, was schiefgelaufen ist? Wir bieten Ihnen gern Ersatz, eine Erstattung oder eine andere passende Lösung an.

    Ihre Zufriedenheit ist uns wichtig, und wir lesen jede Nachricht persönlich.

    Mit freundlichen Grüßen
    { $store_name }
