# Einordnung der Käufernachrichten und Stellung des Käufers: Markierungen in Liste und Kopf,
# Kategorie mit einem Klick korrigieren, Stufen, Segmente und Sperrliste.

logistics-damaged = Beschädigt
logistics-wrong-item = Falscher Artikel
logistics-delivered-not-received = Zugestellt, nicht erhalten
logistics-no-tracking-update = Keine Sendungsverfolgung
logistics-customs-hold = Beim Zoll
logistics-returned-to-sender = An Absender zurück

risk-chargeback = Rückbuchung
risk-paypal-claim = PayPal-Fall
risk-a-to-z-claim = A-bis-z-Garantieantrag
risk-bad-review = Schlechte Bewertung
risk-platform-report = Meldung an die Plattform

badge-angry = Verärgert
badge-angry-title = Der Käufer klingt verärgert
badge-risk-title = Streitrisiko in der Nachricht des Käufers
badge-logistics-title = Vom Käufer genanntes Versandproblem
badge-corrected-title = Kategorie von einem Mitarbeiter korrigiert

category-correct-title = Kategorie korrigieren; die Einordnung lernt daraus

grade-key-a = Schlüssel A
grade-key-b = Schlüssel B
grade-ordinary = Normal
grade-small = Klein
segment-new = Neu
segment-returning = Wiederkehrend
segment-potential = Potenziell
segment-dormant = Inaktiv
customer-grade-label = Stufe
customer-segment-label = Segment

blacklist-banner = Gesperrter Käufer: { $reason } (gesetzt von { $by })
blacklist-set = Käufer sperren
blacklist-clear = Sperre aufheben
blacklist-reason-label = Grund
blacklist-reason-placeholder = Warum wird dieser Käufer gesperrt?
blacklist-confirm = Sperren
