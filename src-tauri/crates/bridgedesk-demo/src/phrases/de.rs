//! German: buyers in Germany and Austria (Amazon DE, web shop); agents write with *Sie* and
//! address the buyer by honorific and family name.

use super::{noun3, Bank, Script};

// Nouns: forms = [bare, nominative with article, accusative with article];
// g = 0 masculine, 1 feminine, 2 neuter, 3 plural.

pub(crate) static BANK: Bank = Bank {
    lang: "de",
    sep: "\n",
    months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    date: "{d}. {m}",
    honorifics: ["Herr", "Frau"],
    greet_formal: &["Hallo {hon} {last},", "Guten Tag {hon} {last},", "Sehr {f:geehrter|geehrte} {hon} {last},"],
    greet_chat: &["Hallo {hon} {last},", "Guten Tag,"],
    sign_formal: &[
        "Mit freundlichen Grüßen\n{agent}\nBrightway Kundenservice",
        "Viele Grüße\n{agent}\nIhr Brightway-Supportteam",
    ],
    sign_chat: &["– {agent}", "Viele Grüße, {agent}"],
    customer_greet: &["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,"],
    customer_sign: &["Danke und Gruß\n{cname}", "Mit freundlichen Grüßen\n{cname}", "{cname}", "VG\n{cname}"],
    auto_ack: &[
        "Vielen Dank für Ihre Nachricht an Brightway! Wir haben Ihre Anfrage erhalten und antworten innerhalb von 24 Stunden (Mo–Sa, 9:00–18:30 Uhr chinesischer Zeit).",
        "Danke für Ihre Nachricht! Unser Team ist gerade nicht online, wir melden uns so schnell wie möglich.",
    ],
    nudge: &[
        "Hallo? Gibt es schon etwas Neues?",
        "Seit zwei Tagen keine Antwort. Kann sich bitte jemand melden?",
        "Gibt es Neuigkeiten zu meiner Bestellung {order}?",
        "Ich warte immer noch auf eine Antwort…",
    ],
    thanks: &[
        "Vielen Dank, das hilft mir sehr!",
        "Alles klar, danke für die schnelle Antwort.",
        "Heute angekommen, alles funktioniert. Danke für die Hilfe!",
        "Super, vielen Dank. Schönen Tag noch!",
    ],
    update: &[
        "Kurzes Update: Wir haben {carrier} erneut kontaktiert und warten auf die Rückmeldung. Ich melde mich, sobald ich etwas höre.",
        "Wir bleiben für Sie dran. Danke für Ihre Geduld, das nächste Update bekommen Sie spätestens am {date}.",
        "Unser Lager hat Ihre Bestellung {order} geprüft, es wurde alles korrekt verpackt. Jetzt warten wir auf das Ergebnis der Nachforschung beim Versanddienstleister.",
    ],
    chat_customer: &[
        "ok", "Danke", "Moment bitte", "Wie lange dauert das?", "Können Sie mir den Tracking-Link schicken?",
        "Foto ist geschickt", "Geht die Erstattung auf die ursprüngliche Zahlungsart?", "Gut, ich warte",
    ],
    chat_agent: &[
        "Ich schaue sofort nach, einen Moment bitte.",
        "Danke, ist angekommen.",
        "Kann ich sonst noch etwas für Sie tun?",
        "In der Regel 3–5 Werktage.",
        "Ja, die Erstattung erfolgt auf die ursprüngliche Zahlungsart.",
        "Ich habe das an unser Lagerteam weitergegeben.",
    ],
    nouns: [
        noun3("Ladegerät", "das Ladegerät", "das Ladegerät", 2),
        noun3("Kabel", "das Kabel", "das Kabel", 2),
        noun3("In-Ear-Kopfhörer", "die In-Ear-Kopfhörer", "die In-Ear-Kopfhörer", 3),
        noun3("Handyhülle", "die Handyhülle", "die Handyhülle", 1),
        noun3("LED-Streifen", "der LED-Streifen", "den LED-Streifen", 0),
        noun3("Smartwatch", "die Smartwatch", "die Smartwatch", 1),
        noun3("Uhrenarmband", "das Uhrenarmband", "das Uhrenarmband", 2),
        noun3("Powerbank", "die Powerbank", "die Powerbank", 1),
        noun3("USB-C-Hub", "der USB-C-Hub", "den USB-C-Hub", 0),
        noun3("Reiseadapter", "der Reiseadapter", "den Reiseadapter", 0),
    ],
    claims: ["einen A-bis-z-Garantieantrag", "einen Fall bei eBay", "einen PayPal-Konflikt", "eine Rückbuchung bei meiner Bank", "eine Beschwerde bei {platform}"],
    intents: [
        // Compatibility
        Script {
            subject: &["Frage zum Artikel: kompatibel mit {device}?", "Frage zur Kompatibilität"],
            open: &[
                "Hallo, {g:funktioniert|funktioniert|funktioniert|funktionieren} {product_1} mit meinem {device}? Ich möchte vor dem Kauf sichergehen.",
                "Guten Tag, ist der Artikel „{title}“ mit {device} kompatibel? Aus der Beschreibung geht das nicht klar hervor.",
            ],
            reply: &[
                "Vielen Dank für Ihr Interesse. Ja, der Artikel ist voll kompatibel mit {device}. Sollte nach Erhalt etwas nicht passen, schreiben Sie uns einfach, wir helfen sofort.",
                "Gute Frage! „{title}“ funktioniert mit {device}, wir haben es selbst getestet. Bestellungen von heute verschicken wir innerhalb von 24 Stunden.",
            ],
            follow: &["Super, danke. Gibt es Garantie darauf?", "Ok. Und wie lange dauert der Versand ungefähr?"],
            resolve: &["Ja, auf alle unsere Produkte gibt es 12 Monate Garantie, der Versand dauert in der Regel 7–12 Werktage. Melden Sie sich gern, wenn Sie noch Fragen haben."],
        },
        // Voltage
        Script {
            subject: &["Steckertyp und Spannung"],
            open: &[
                "Hallo, hat {product_1} einen deutschen Stecker? Bei uns sind es 230 V.",
                "Guten Tag, vor der Bestellung: ist {product_1} für 110–240 V geeignet? Ich nutze es auf Reisen.",
            ],
            reply: &["Danke für Ihre Nachricht. Der Artikel unterstützt 100–240 V, 50/60 Hz und funktioniert damit weltweit. Wir liefern ihn mit EU-Stecker (Typ C/F) aus, Artikelnummer {sku}."],
            follow: &["Perfekt. Kann ich es auch mit UK-Stecker bekommen?"],
            resolve: &["Selbstverständlich. Schreiben Sie bei der Bestellung einfach „UK-Stecker“ dazu, dann packen wir die passende Version ein."],
        },
        // ShippingTime
        Script {
            subject: &["Wie lange dauert der Versand?"],
            open: &[
                "Hallo, wie lange dauert die Lieferung nach Deutschland? Ich brauche {product_2} bis zum {date}.",
                "Guten Tag, wann versenden Sie, wenn ich heute bestelle? Und mit welchem Versanddienst?",
            ],
            reply: &["Vielen Dank für Ihre Anfrage. Wir versenden innerhalb von 1–2 Werktagen aus unserem Lager in Shenzhen. Der Standardversand dauert 7–12 Werktage, bei Bestellung heute also voraussichtlich bis zum {date}. Die Sendungsnummer erhalten Sie, sobald das Paket unterwegs ist."],
            follow: &["Gibt es eine schnellere Option? Es ist ein Geschenk."],
            resolve: &["Ja, an der Kasse können Sie Expressversand mit DHL wählen, das dauert meist 4–6 Werktage. Ich habe Ihre Bestellung außerdem für den bevorzugten Versand markiert."],
        },
        // Duties
        Script {
            subject: &["Zoll und Einfuhrumsatzsteuer?"],
            open: &[
                "Hallo, muss ich bei der Lieferung Zoll oder Einfuhrumsatzsteuer zahlen?",
                "Guten Tag, ist die Steuer im Preis enthalten oder will der Zusteller noch Geld von mir?",
            ],
            reply: &["Danke für Ihre Frage. Bei Lieferungen in die EU wird die Mehrwertsteuer bereits beim Kauf erhoben (IOSS). Sie zahlen bei der Zustellung also nichts mehr."],
            follow: &["Gut. Und was wird auf dem Paket angegeben?"],
            resolve: &["Wir deklarieren immer den tatsächlichen Warenwert und Inhalt, wie gesetzlich vorgeschrieben. Falls sich der Zoll mit Fragen meldet, schicken Sie uns das Schreiben, wir helfen sofort."],
        },
        // AddressChange
        Script {
            subject: &["Lieferadresse für Bestellung {order} ändern"],
            open: &[
                "Hallo, ich habe gerade die Bestellung {order} aufgegeben und mich bei der Adresse vertippt. Können Sie das vor dem Versand ändern?",
                "Guten Tag, ich bin umgezogen. Bitte schicken Sie die Bestellung {order} an meine neue Adresse, die schreibe ich in der nächsten Nachricht.",
            ],
            reply: &["Danke, dass Sie sich so schnell melden. Die Bestellung {order} ist noch nicht verschickt, wir können die Adresse also noch ändern. Bitte bestätigen Sie die vollständige neue Anschrift mit Postleitzahl."],
            follow: &["Gleiche Straße, aber Hausnummer 12a statt 21. Danke!"],
            resolve: &["Erledigt: Die Lieferadresse der Bestellung {order} ist geändert, das Paket geht morgen raus. Die Sendungsnummer schicken wir Ihnen, sobald es beim Versanddienstleister ist."],
        },
        // TrackingStalled
        Script {
            subject: &["Wo bleibt meine Bestellung {order}?", "Sendungsverfolgung ohne Update – {order}"],
            open: &[
                "Hallo, ich habe {product_2} vor {days} Tagen bestellt und die Sendungsnummer {tracking} zeigt seit über einer Woche nichts Neues. Wo ist mein Paket?",
                "Guten Tag, meine Bestellung {order} ist immer noch nicht da. Bei {carrier} steht nur „in Zustellung“. Können Sie bitte nachsehen?",
            ],
            reply: &[
                "Entschuldigen Sie bitte die Wartezeit. Ich habe die Sendungsnummer {tracking} geprüft: Das Paket hat unser Lager verlassen und ist mit {carrier} unterwegs. Internationale Sendungen zeigen während des Flugs oder zwischen Sortierzentren manchmal keine Updates. Es sollte bis zum {date} ankommen. Falls nicht, schicken wir es erneut oder erstatten den vollen Betrag.",
                "Danke für Ihre Geduld. Ihre Sendung {tracking} ist mit {carrier} unterwegs und wurde zuletzt im Exportzentrum gescannt. Ich habe eine Nachforschung beim Versanddienstleister beantragt. Voraussichtliche Zustellung: {date}.",
            ],
            follow: &["Gut, ich warte bis zum {date}, aber bitte behalten Sie es im Auge.", "Heute immer noch kein Update."],
            resolve: &["Gute Nachricht: Laut {carrier} ist Ihr Paket in Deutschland angekommen und in der Zustellung. Es sollte in 1–2 Tagen bei Ihnen sein."],
        },
        // CustomsHold
        Script {
            subject: &["Paket beim Zoll"],
            open: &[
                "Hallo, die Sendungsverfolgung der Bestellung {order} sagt „Sendung beim Zoll“. Was muss ich tun?",
                "Guten Tag, der Zoll hält mein Paket {tracking} fest und will eine Zahlung. Warum?",
            ],
            reply: &["Danke für den Hinweis. Ihre Sendung {tracking} liegt zur routinemäßigen Kontrolle beim Zoll, das dauert meist 3–7 Tage. Falls der Zoll eine Rechnung anfordert, schicken Sie uns das Schreiben, wir stellen Ihnen die Handelsrechnung sofort aus."],
            follow: &["Jetzt wollen sie die Rechnung. Können Sie die schicken?"],
            resolve: &["Wir haben Ihnen und {carrier} die Handelsrechnung zur Bestellung {order} geschickt. Der Zoll sollte das Paket in wenigen Tagen freigeben, wir beobachten die Sendungsverfolgung weiter."],
        },
        // DeliveredNotReceived
        Script {
            subject: &["Als zugestellt markiert, aber nicht erhalten"],
            open: &[
                "Hallo, laut Sendungsverfolgung wurde meine Bestellung {order} am {date} zugestellt, aber ich habe nichts bekommen. Nachbarn und Briefkasten habe ich schon geprüft.",
                "Das Paket steht als zugestellt, aber hier ist nichts angekommen. Bitte helfen Sie mir.",
            ],
            reply: &["Das tut mir sehr leid. Wir haben bei {carrier} einen Nachforschungsauftrag für die Sendung {tracking} gestellt und den Zustellnachweis angefordert. Könnten Sie bitte auch in Ihrer Postfiliale nachfragen? Manchmal werden Pakete dort hinterlegt."],
            follow: &["In der Filiale ist es nicht."],
            resolve: &["Danke fürs Nachsehen. Da der Versanddienstleister die Zustellung nicht belegen kann, schicken wir Ihnen kostenlos Ersatz. Die neue Sendungsnummer erhalten Sie innerhalb von 48 Stunden."],
        },
        // Return
        Script {
            subject: &["Rücksendung – Bestellung {order}", "Artikel zurückgeben"],
            open: &[
                "Hallo, {product_1} {g:passt|passt|passt|passen} nicht zu meinem Gerät. Kann ich {g:ihn|sie|es|sie} zurückschicken und das Geld zurückbekommen?",
                "Guten Tag, ich möchte {product_2} aus der Bestellung {order} zurückgeben. {g:Er ist|Sie ist|Es ist|Sie sind} unbenutzt und originalverpackt.",
            ],
            reply: &["Danke für Ihre Nachricht. Natürlich, Sie können den Artikel innerhalb von 30 Tagen zurückgeben. Bitte senden Sie ihn an die Rücksendeadresse aus unserer nächsten Nachricht und legen Sie die Bestellnummer bei. Nach Eingang erstatten wir innerhalb von 3 Werktagen. Da der Artikel keinen Mangel hat, trägt der Käufer die Rücksendekosten."],
            follow: &["Heute zurückgeschickt, die Sendungsnummer steht auf dem Beleg."],
            resolve: &["Ihre Rücksendung ist bei uns eingegangen und der Artikelpreis der Bestellung {order} wurde vollständig erstattet. Die Gutschrift kann 3–5 Werktage dauern."],
        },
        // Damaged
        Script {
            subject: &["Artikel beschädigt angekommen"],
            open: &[
                "Hallo, {g:mein|meine|mein|meine} {product} {g:kam|kam|kam|kamen} kaputt an. Der Karton war eingedrückt und das Gehäuse hat einen Riss, Fotos anbei.",
                "Guten Tag, das Paket der Bestellung {order} war beschädigt und {product_1} {g:funktioniert|funktioniert|funktioniert|funktionieren} nicht. Was können Sie tun?",
            ],
            reply: &["Es tut mir sehr leid, dass {product_1} beschädigt angekommen {g:ist|ist|ist|sind}, danke für die Fotos. Sie müssen nichts zurückschicken: Wir senden Ihnen kostenlos Ersatz oder erstatten den vollen Betrag. Was ist Ihnen lieber?"],
            follow: &["Bitte Ersatz."],
            resolve: &["Ihr Ersatz ist mit {carrier} unterwegs, Sendungsnummer {tracking}. Er sollte bis zum {date} ankommen. Nochmals Entschuldigung für die Umstände."],
        },
        // WrongItem
        Script {
            subject: &["Falscher Artikel geliefert"],
            open: &[
                "Hallo, ich habe „{title}“ bestellt, aber etwas völlig anderes bekommen.",
                "Guten Tag, in der Bestellung {order} war die falsche Farbe. Bestellt schwarz, geliefert weiß.",
            ],
            reply: &["Entschuldigen Sie bitte den Fehler unseres Lagers. Könnten Sie uns ein Foto vom Artikel und vom Etikett auf dem Beutel schicken? Wir senden Ihnen sofort den richtigen Artikel, den falschen Artikel dürfen Sie behalten."],
            follow: &["Foto anbei. Bitte schnell, es ist ein Geburtstagsgeschenk."],
            resolve: &["Danke. Der richtige Artikel ({product}, Artikelnummer {sku}) ist per Express unterwegs, Sendungsnummer {tracking}. Sie haben ihn spätestens am {date}."],
        },
        // Defective
        Script {
            subject: &["Artikel defekt: {product}"],
            open: &[
                "Hallo, ich habe letzten Monat {product_2} gekauft und jetzt geht gar nichts mehr, nicht einmal das Laden.",
                "Guten Tag, {g:mein|meine|mein|meine} {product} {g:schaltet|schaltet|schaltet|schalten} sich ständig von selbst aus. Die Garantie läuft noch.",
            ],
            reply: &["Danke für die Meldung und entschuldigen Sie die Unannehmlichkeiten. Könnten Sie bitte ein anderes Kabel und Netzteil ausprobieren und uns ein kurzes Video vom Problem schicken? Wenn es ein Produktfehler ist, tauschen wir es im Rahmen der 12-monatigen Garantie auf unsere Kosten aus."],
            follow: &["Anderes Kabel probiert, gleiches Problem. Video anbei."],
            resolve: &["Danke für das Video. Es handelt sich um einen Produktfehler, daher senden wir Ihnen kostenlos ein neues Gerät, Sendungsnummer {tracking}. Das defekte Gerät müssen Sie nicht zurückschicken."],
        },
        // NotAsDescribed
        Script {
            subject: &["Artikel entspricht nicht der Beschreibung"],
            open: &[
                "Leider {g:entspricht|entspricht|entspricht|entsprechen} {product_1} nicht der Beschreibung. Angeblich Schnellladen, aber mein {device} lädt extrem langsam. Sehr enttäuschend.",
                "Hallo, Farbe und Größe sind völlig anders als auf den Fotos. Dafür habe ich nicht bezahlt.",
            ],
            reply: &["Es tut mir leid, dass {product_1} Ihre Erwartungen nicht {g:erfüllt|erfüllt|erfüllt|erfüllen}, wir nehmen das ernst. Welches Gerät und welches Kabel verwenden Sie? Wir bieten Ihnen 30 % Teilerstattung, wenn Sie den Artikel behalten, oder die volle Erstattung nach Rücksendung auf unsere Kosten."],
            follow: &["Ich nehme die Teilerstattung."],
            resolve: &["Die Teilerstattung für die Bestellung {order} ist veranlasst. Danke für Ihr Verständnis und dafür, dass Sie uns die Chance gegeben haben, es wiedergutzumachen."],
        },
        // DisputeThreat
        Script {
            subject: &["Erstattung sofort, sonst Antrag", "DRINGEND – Bestellung {order}"],
            open: &[
                "Ich schreibe jetzt zum dritten Mal. Meine Bestellung {order} ist nach {days} Tagen immer noch nicht da. Wenn ich bis morgen keine Erstattung habe, stelle ich {claim} und gebe eine negative Bewertung ab.",
                "Ich will mein Geld SOFORT zurück. Niemand antwortet und die Sendung bewegt sich seit Wochen nicht. Wenn das heute nicht gelöst ist, eröffne ich {claim}.",
            ],
            reply: &["Ich entschuldige mich aufrichtig für die Verzögerung und die späte Antwort. Ich habe die Bestellung {order} geprüft: Das Paket steckt bei {carrier} fest. Damit Sie nicht länger warten müssen, haben wir den vollen Betrag erstattet, Sie müssen also keinen Antrag stellen. Falls das Paket doch noch ankommt, behalten Sie es bitte."],
            follow: &["Ok, die Erstattung ist da. Danke, dass es endlich geklärt ist."],
            resolve: &["Danke für Ihre Geduld und nochmals Entschuldigung. Wir haben die Kontrollen bei diesem Versanddienstleister verstärkt, damit so etwas nicht wieder passiert."],
        },
        // ThankYou
        Script {
            subject: &["Danke!"],
            open: &[
                "Wollte nur sagen: {product_1} {g:kam|kam|kam|kamen} heute an und {g:funktioniert|funktioniert|funktioniert|funktionieren} einwandfrei. Schneller Versand, danke!",
                "Top Verkäufer, {product_1} {g:ist|ist|ist|sind} genau wie beschrieben. Gerne wieder.",
            ],
            reply: &["Vielen herzlichen Dank für Ihre nette Nachricht! Es freut uns sehr, dass {product_1} gut {g:funktioniert|funktioniert|funktioniert|funktionieren}. Wenn Sie einmal Hilfe brauchen, sind wir für Sie da."],
            follow: &["Mache ich! Gibt es Rabatt, wenn ich ein zweites kaufe?"],
            resolve: &["Gern! Beim Kauf von zwei Stück werden an der Kasse automatisch 10 % abgezogen. Eine schöne Woche noch!"],
        },
    ],
};
