# The rule editor: nested groups of conditions, the checks it gained, and comparisons.

rules-match-none = aucune condition n’est remplie
rules-group-label = Un groupe où
rules-add-group = Ajouter un groupe
rules-remove-group = Supprimer le groupe
rule-cond-store = Boutique
rule-cond-has-tag = A l’étiquette
rule-cond-minutes-buyer = Minutes depuis le message de l’acheteur
rule-cond-minutes-agent = Minutes depuis la réponse de l’agent
rule-cond-minutes-status = Minutes depuis le changement de statut
rule-cond-order-amount = Montant de la commande
# How minutes and order values compare (shown between the check and its number).
rule-cmp-lt = moins de
rule-cmp-lte = au plus
rule-cmp-eq = exactement
rule-cmp-gte = au moins
rule-cmp-gt = plus de
