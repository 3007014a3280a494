# Tri des messages des acheteurs et situation de l'acheteur : badges de la liste et de l'en-tête,
# correction de catégorie en un clic, niveaux, segments et liste noire.

logistics-damaged = Endommagé
logistics-wrong-item = Mauvais article
logistics-delivered-not-received = Livré, non reçu
logistics-no-tracking-update = Suivi bloqué
logistics-customs-hold = Retenu en douane
logistics-returned-to-sender = Retour à l'expéditeur

risk-chargeback = Rétrofacturation
risk-paypal-claim = Réclamation PayPal
risk-a-to-z-claim = Réclamation A à z
risk-bad-review = Avis négatif
risk-platform-report = Signalement à la plateforme

badge-angry = En colère
badge-angry-title = L'acheteur semble en colère
badge-risk-title = Risque de litige dans le message de l'acheteur
badge-logistics-title = Problème de livraison signalé par l'acheteur
badge-corrected-title = Catégorie corrigée par un agent

category-correct-title = Corrigez la catégorie ; le tri en tire des leçons

grade-key-a = Clé A
grade-key-b = Clé B
grade-ordinary = Ordinaire
grade-small = Petit
segment-new = Nouveau
segment-returning = Fidèle
segment-potential = Potentiel
segment-dormant = Inactif
customer-grade-label = Niveau
customer-segment-label = Segment

blacklist-banner = Acheteur sur liste noire : { $reason } (par { $by })
blacklist-set = Mettre sur liste noire
blacklist-clear = Retirer de la liste noire
blacklist-reason-label = Motif
blacklist-reason-placeholder = Pourquoi cet acheteur est-il sur liste noire ?
blacklist-confirm = Mettre sur liste noire
