# SLA settings messages formatted by Rust: core errors and the native notification title.

# Titre de la notification système.
# $count (Number) - conversations qui viennent de passer en alerte
sla-alert-notification-title = { $count ->
    [one] Une réponse arrive à échéance
   *[other] { $count } réponses arrivent à échéance
}

## Erreurs des réglages SLA

error-sla-empty-name = Donnez un nom au calendrier ou à la politique.
error-sla-unknown-zone = Choisissez un fuseau horaire dans la liste.
# $weekday (Number) - 1 = lundi … 7 = dimanche
error-sla-bad-interval = Une plage du jour { $weekday } de la semaine n’est pas au format HH:MM-HH:MM.
# $row (Number) - ligne de la liste des dates
error-sla-bad-date = La ligne { $row } de la liste des dates demande une date valide.
# $row (Number) - ligne de la liste des dates
error-sla-bad-day-hours = La ligne { $row } de la liste des dates demande des horaires au format HH:MM-HH:MM.
error-sla-unknown-calendar = Un objectif compte des heures ouvrées sur un calendrier qui n’existe pas.
error-sla-negative-target = Les objectifs et le délai d’alerte ne peuvent pas être négatifs.
error-sla-no-default = Un calendrier doit rester celui par défaut.
# $line (Number) - ligne du fichier
error-sla-bad-ics = Le fichier .ics n’a pas pu être lu (ligne { $line }).
error-sla-unknown-set = Aucun jeu de jours fériés intégré pour ce pays et cette année.
error-sla-not-found = Cette politique ou ce calendrier n’existe plus.
error-sla-already-attached = Le calendrier « { $calendar } » compte déjà les heures de cette équipe ou de cette boutique. Détachez-le d’abord.
