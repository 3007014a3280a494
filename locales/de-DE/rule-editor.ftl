# The rule editor: nested groups of conditions, the checks it gained, and comparisons.

rules-match-none = keine Bedingung erfüllt ist
rules-group-label = Eine Gruppe, in der
rules-add-group = Gruppe hinzufügen
rules-remove-group = Gruppe entfernen
rule-cond-store = Shop
rule-cond-has-tag = Hat das Schlagwort
rule-cond-minutes-buyer = Minuten seit der Nachricht des Käufers
rule-cond-minutes-agent = Minuten seit der Antwort des Mitarbeiters
rule-cond-minutes-status = Minuten seit der Statusänderung
rule-cond-order-amount = Bestellwert
# How minutes and order values compare (shown between the check and its number).
rule-cmp-lt = weniger als
rule-cmp-lte = höchstens
rule-cmp-eq = genau
rule-cmp-gte = mindestens
rule-cmp-gt = mehr als
