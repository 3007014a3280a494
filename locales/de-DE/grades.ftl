# Settings → Rules: the thresholds that grade customers (key A/B, ordinary, small) and place
# them in segments (new, returning, potential, dormant).

grades-title = Kundenstufen
grades-hint = Die Stufe ergibt sich aus den Bestellungen jedes Käufers im unten genannten Zeitraum, summiert in US-Dollar zu Referenzkursen. Beim Speichern werden alle Käufer neu eingestuft.
grades-window = Bestellungen zählen innerhalb von (Tagen)
grades-key-a = Schlüsselkunde A
grades-key-b = Schlüsselkunde B
grades-min-orders = Mindestens so viele Bestellungen
grades-min-value = und mindestens dieser Wert (USD)
grades-small = Kleinkunde: weniger als (USD)
grades-new = Neu: erste Bestellung innerhalb von (Tagen)
grades-dormant = Inaktiv: keine Bestellung seit mehr als (Tagen)
grades-save = Speichern und neu einstufen
grades-saved = Gespeichert. Alle Käufer wurden neu eingestuft.
grades-whole-number = Bitte in jedes Feld eine ganze Zahl ab 0 eintragen.
