# La boîte de réception : barre de filtres, recherche et liste des conversations.

## Barre de filtres

search-placeholder = Rechercher des messages…
search-label = Rechercher des messages
filter-status = Statut
filter-status-all = Tous les statuts
filter-channel = Canal
filter-channel-all = Tous les canaux
filter-store = Boutique
filter-store-all = Toutes les boutiques
filter-language = Langue
filter-language-all = Toutes les langues
filter-category = Catégorie
filter-category-all = Toutes les catégories
filter-assignee = Responsable
filter-assignee-all = Tous
filter-assignee-unassigned = Non attribuée
# $count : nombre de conversations correspondant aux filtres.
inbox-total =
    { $count ->
        [one] { $count } conversation
       *[other] { $count } conversations
    }
# $count : limite de résultats comptés ; il y a davantage de conversations.
inbox-total-capped = { $count }+ conversations
inbox-total-title = Conversations correspondant aux filtres
# $count : nombre de conversations ayant des messages non lus.
unread-count =
    { $count ->
        [0] Aucune non lue
        [one] { $count } non lue
       *[other] { $count } non lues
    }
unread-title = Conversations ouvertes et en attente ayant des messages non lus

## Liste des conversations

list-label = Conversations
list-empty = Aucune conversation ne correspond à ces filtres.
list-empty-search = Aucun message ne correspond à votre recherche.
# $count : nombre de messages non lus dans la conversation.
row-unread =
    { $count ->
        [one] { $count } message non lu
       *[other] { $count } messages non lus
    }
# $priority : nom de la priorité (Basse, Normale, Haute, Urgente).
row-priority = Priorité : { $priority }
# Info-bulle de l’heure dans une ligne de la liste.
# $relative : ancienneté, déjà mise en forme, par ex. « il y a 3 heures », « hier ».
# $time : date et heure dans le fuseau horaire de l’agent, par ex. « 3 mars 2025, 14:05 ».
row-last-activity = Dernière activité : { $relative } ({ $time })
# $duration : temps restant, par ex. « 2 h » ou « 3 jours ».
due-in = échéance dans { $duration }
# $duration : retard, par ex. « 35 min ».
due-overdue = en retard de { $duration }
# $count : nombre de minutes.
duration-minutes = { $count } min
# $count : nombre d’heures.
duration-hours = { $count } h
# $count : nombre de jours.
duration-days =
    { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
