# Menu des paramètres et raccourcis clavier.

## Menu des paramètres

settings-open = Paramètres
settings-title = Paramètres
settings-language = Langue
settings-time-zone = Votre fuseau horaire
# $zone : le fuseau horaire IANA du système, par ex. « Asia/Shanghai ».
settings-time-zone-system = Suivre le système ({ $zone })
settings-time-zone-search = Rechercher un fuseau horaire…
settings-time-zone-list = Fuseaux horaires
# $query : le texte saisi par l’agent dans la recherche de fuseau horaire.
settings-time-zone-none = Aucun fuseau horaire ne correspond à « { $query } ».
# $offset : le décalage actuel du fuseau par rapport à UTC, déjà mis en forme, par ex. « +08:00 » ou « −03:00 ».
settings-time-zone-offset = UTC{ $offset }
settings-agent = Session de

## Options pour les développeurs (section repliée à la fin du menu des paramètres)

settings-developer = Développeurs
settings-pseudo-locale = Pseudo-localisation
settings-pseudo-locale-hint = Affiche tous les textes accentués et allongés, pour repérer les textes tronqués ou non traduits.

## Raccourcis clavier

help-title = Raccourcis clavier
help-close = Fermer
shortcut-next = Conversation suivante
shortcut-previous = Conversation précédente
shortcut-open = Ouvrir la conversation sélectionnée
shortcut-reply = Répondre (aller dans la zone de réponse)
shortcut-resolve = Résoudre la conversation ouverte
shortcut-search = Rechercher
shortcut-help = Afficher ou masquer cette aide
shortcut-escape = Fermer cette aide ou quitter un champ de texte
shortcut-send = Envoyer la réponse (dans la zone de réponse)
