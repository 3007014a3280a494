# Réglages SLA : calendriers ouvrés (fuseau, horaires hebdomadaires, jours fériés, exceptions de
# date), politiques ordonnées (conditions, objectifs, délai d’alerte), « recalculer
# l’historique » et l’alerte avant un dépassement.

sla-settings-open = Calendriers et politiques SLA…
sla-settings-title = Calendriers et politiques SLA
sla-settings-tab-calendars = Calendriers
sla-settings-tab-policies = Politiques
sla-settings-close = Fermer
sla-settings-loading = Chargement…
sla-settings-remove = Supprimer

## Calendriers

sla-settings-calendar = Calendrier
sla-settings-add-calendar = Nouveau calendrier
sla-settings-new-calendar = (nouveau calendrier)
sla-settings-calendar-name = Nom
sla-settings-calendar-zone = Fuseau horaire
sla-settings-calendar-applies = S’applique à
sla-settings-calendar-default = Toutes les boutiques sans calendrier propre (par défaut)
sla-settings-calendar-unattached = Seulement les politiques qui le nomment
sla-settings-weekly = Horaires hebdomadaires
sla-settings-weekly-hint = Écrivez chaque plage au format HH:MM-HH:MM. Ajoutez-en plusieurs pour la pause déjeuner ou les équipes fractionnées ; une fin avant le début passe minuit (22:00-02:00).
sla-settings-day-mon = Lundi
sla-settings-day-tue = Mardi
sla-settings-day-wed = Mercredi
sla-settings-day-thu = Jeudi
sla-settings-day-fri = Vendredi
sla-settings-day-sat = Samedi
sla-settings-day-sun = Dimanche
sla-settings-closed-all-day = Fermé
# $day (String) - le jour de la semaine
sla-settings-interval-label = Plage d’ouverture du { $day }
sla-settings-add-interval = + plage
sla-settings-days = Jours fériés et exceptions de date
sla-settings-holiday-set = Jeu de jours fériés
# $year (String) - l’année
sla-settings-region-cn = Chine { $year }
sla-settings-region-us = États-Unis { $year }
sla-settings-region-de = Allemagne { $year }
sla-settings-region-br = Brésil { $year }
sla-settings-import-set = Importer les jours fériés
sla-settings-import-ics = Importer un fichier .ics
# $count (Number) - jours importés
sla-settings-imported = { $count ->
    [one] 1 jour importé. Enregistrez le calendrier pour le garder.
   *[other] { $count } jours importés. Enregistrez le calendrier pour les garder.
}
sla-settings-day-date = Date
sla-settings-day-kind = Type
sla-settings-day-label = Nom ou motif
sla-settings-day-hours = Horaires
sla-settings-kind-holiday = Férié (fermé)
sla-settings-kind-working-day = Jour ouvré de rattrapage
sla-settings-kind-closed = Fermé
sla-settings-kind-half-day = Demi-journée
sla-settings-kind-special-hours = Horaires spéciaux
sla-settings-add-day = + date
# $count (Number) - nombre de dates
sla-settings-day-count = { $count ->
    [one] 1 date
   *[other] { $count } dates
}
sla-settings-save-calendar = Enregistrer le calendrier
sla-settings-saved-calendar = Calendrier enregistré. Il s’applique aux horloges calculées à partir de maintenant.

## Politiques

sla-settings-policies-hint = La première politique dont les conditions correspondent à la conversation s’applique.
# $version (Number) - version de la politique
sla-settings-version = v{ $version }
# $name (String) - nom de la politique
sla-settings-move-up = Monter { $name }
sla-settings-move-down = Descendre { $name }
sla-settings-add-policy = Nouvelle politique
sla-settings-policy-name = Nom
sla-settings-conditions = Conditions
sla-settings-conditions-hint = Laissez un groupe vide pour accepter toute valeur.
sla-settings-channels = Canaux
sla-settings-stores = Boutiques
sla-settings-priorities = Priorités
sla-settings-grades = Niveaux de client
sla-settings-grade-a = Client clé A
sla-settings-grade-b = Client clé B
sla-settings-grade-ordinary = Ordinaire
sla-settings-grade-small = Petit
sla-settings-grade-blacklist = Liste noire
sla-settings-categories = Catégories
sla-settings-languages = Langues (ex. es, pt-BR)
sla-settings-targets = Objectifs
sla-settings-metric-first = Première réponse
sla-settings-metric-next = Réponse suivante
sla-settings-metric-resolution = Résolution
sla-settings-minutes = minutes
sla-settings-basis = Compté en
sla-settings-basis-business = heures ouvrées
sla-settings-basis-calendar = temps calendaire (toutes les heures)
sla-settings-calendar-own = le calendrier de la boutique de la conversation
sla-settings-no-target = Aucun objectif
sla-settings-warn-before = Alerter
# $version (Number) - version que l’enregistrement crée
sla-settings-save-hint = Enregistrer crée la version { $version } ; les conversations gardent leur version jusqu’au recalcul de l’historique.
sla-settings-save-policy = Enregistrer la politique
sla-settings-saved-policy = Politique enregistrée comme nouvelle version. Elle s’applique aux nouvelles horloges.
sla-settings-delete-policy = Supprimer la politique
sla-settings-deleted-policy = Politique supprimée. Ses conversations suivront la première politique correspondante au prochain calcul.

## Recalculer l’historique

sla-settings-recompute = Recalculer l’historique
sla-settings-recompute-hint = Recalculer l’historique réévalue les horloges de toutes les conversations avec les calendriers et politiques actuels.
# $changed (Number) - conversations modifiées
# $total (Number) - conversations réévaluées
# $ms (Number) - durée en millisecondes
sla-settings-recomputed = { $total } conversations recalculées en { $ms } ms : { $changed } modifiées.

## Alerte avant un dépassement

# $count (Number) - conversations qui viennent de passer en alerte
sla-alert-text = { $count ->
    [one] 1 conversation va bientôt dépasser son délai :
   *[other] { $count } conversations vont bientôt dépasser leur délai. La plus urgente :
}
# $due (String) - échéance dans le fuseau de l’agent
sla-alert-due = échéance { $due }
sla-alert-open = Ouvrir la plus urgente
sla-alert-dismiss = Ignorer
