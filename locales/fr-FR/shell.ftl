# Textes mis en forme par la partie Rust : titre de la fenêtre et ligne de commande.

shell-window-title = Bridgedesk — Boîte de réception
# $count : nombre de conversations ayant des messages non lus.
shell-window-title-unread = { $count ->
    [0] Bridgedesk — Boîte de réception
    [one] Bridgedesk — Boîte de réception ({ $count } non lue)
   *[other] Bridgedesk — Boîte de réception ({ $count } non lues)
}
# $conversations, $messages : quantités générées ; $path : chemin du fichier ; $seconds : durée en secondes.
cli-generated = { $conversations ->
    [one] { $conversations } conversation générée
   *[other] { $conversations } conversations générées
} avec { $messages ->
    [one] { $messages } message
   *[other] { $messages } messages
} dans { $path } en { $seconds } s.
# Décomptes de la base ; $schema : version du schéma ; $megabytes : taille du fichier.
cli-stats = Boutiques : { $stores } · Clients : { $customers } · Commandes : { $orders } · Conversations : { $conversations } · Messages : { $messages } · Réponses en file d’attente : { $queued } · Schéma : v{ $schema } · Fichier : { $megabytes } Mo
# $query : le texte recherché.
cli-search-none = Aucune conversation ne correspond à « { $query } ».
# $count : nombre de résultats ; $query : le texte recherché ; $capped : yes si la recherche s’est limitée aux correspondances les plus récentes.
cli-search-count = { $count ->
    [one] { $count } conversation correspond
   *[other] { $count } conversations correspondent
} à « { $query } »{ $capped ->
    [yes] { " " }(parmi les correspondances les plus récentes)
   *[no] {""}
}.
