# Équipes : l'onglet Équipes des réglages SLA, l'équipe d'une conversation, le filtre par équipe,
# l'équipe d'un calendrier, dans l'historique « quel calendrier et pourquoi », et la condition et
# l'action d'équipe des règles.

teams-tab = Équipes
teams-hint = Une conversation traitée par une équipe compte les heures ouvrées selon le calendrier de l'équipe, avant celui de la boutique et le calendrier par défaut. Associez un calendrier à une équipe dans l'onglet Calendriers.
teams-empty = Aucune équipe pour l'instant.
teams-name = Nom de l'équipe
teams-add = Ajouter une équipe
teams-save = Enregistrer
teams-cancel = Annuler
teams-rename = Renommer
teams-delete = Supprimer
# $team (String) - nom de l'équipe ; $count (Number) - conversations de l'équipe
teams-delete-confirm = { $count ->
    [0] Supprimer l'équipe « { $team } » ? Elle ne traite aucune conversation ; ses calendriers sont détachés et rien d'autre n'est perdu.
    [one] Supprimer l'équipe « { $team } » ? Sa conversation et ses calendriers sont détachés et comptent selon le calendrier de la boutique ou celui par défaut ; rien d'autre n'est perdu.
   *[other] Supprimer l'équipe « { $team } » ? Ses { $count } conversations et ses calendriers sont détachés et comptent selon le calendrier de la boutique ou celui par défaut ; rien d'autre n'est perdu.
}
# $count (Number) - conversations de l'équipe
teams-conversations = { $count ->
    [one] 1 conversation
   *[other] { $count } conversations
}
# $calendar (String) - noms des calendriers de l'équipe
teams-calendar = Calendrier : { $calendar }
teams-no-calendar = Pas de calendrier propre
teams-calendar-team = Associé à l'équipe
teams-none = Aucune équipe
teams-choose = Choisir une équipe
teams-header-team = Équipe
teams-filter = Équipe
teams-filter-all = Toutes les équipes
teams-filter-none = Aucune équipe

## Historique d'un délai : quel calendrier a compté et pourquoi
# $calendar (String) - nom du calendrier ; $team (String) - nom de l'équipe
teams-audit-calendar-team = selon le calendrier « { $calendar } » de l'équipe { $team }
# $calendar (String) - nom du calendrier
teams-audit-calendar-shop = selon le calendrier de la boutique « { $calendar } » (pas de calendrier d'équipe)
# $calendar (String) - nom du calendrier
teams-audit-calendar-default = selon le calendrier par défaut « { $calendar } » (ni l'équipe ni la boutique n'en ont)
# $calendar (String) - nom du calendrier
teams-audit-calendar-policy = selon le calendrier « { $calendar } » que nomme la politique

## Règles
teams-rule-cond-team = Équipe
teams-rule-act-assign-team = Attribuer à l'équipe
# $team (String) - nom de l'équipe
rule-action-assign-team = Passer à l'équipe { $team }
# $actual (String) - équipe de la conversation ; $expected (String) - équipes de la règle
rule-check-team-passed = L'équipe est { $actual }
rule-check-team-failed = L'équipe est { $actual }, pas { $expected }
