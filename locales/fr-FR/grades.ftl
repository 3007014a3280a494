# Settings → Rules: the thresholds that grade customers (key A/B, ordinary, small) and place
# them in segments (new, returning, potential, dormant).

grades-title = Catégories de clients
grades-hint = La catégorie vient des commandes de chaque acheteur sur la période ci-dessous, additionnées en dollars américains aux taux de référence. L’enregistrement recalcule la catégorie de tous les acheteurs.
grades-window = Commandes prises en compte sur (jours)
grades-key-a = Client clé A
grades-key-b = Client clé B
grades-min-orders = Au moins ce nombre de commandes
grades-min-value = et au moins ce montant (USD)
grades-small = Petit client : moins de (USD)
grades-new = Nouveau : première commande il y a moins de (jours)
grades-dormant = Inactif : aucune commande depuis plus de (jours)
grades-save = Enregistrer et recalculer
grades-saved = Enregistré. La catégorie de tous les acheteurs a été recalculée.
grades-whole-number = Saisissez un nombre entier supérieur ou égal à 0 dans chaque champ.
