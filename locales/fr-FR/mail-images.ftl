# Images distantes des e-mails, téléchargées par l’application une fois autorisées par l’agent.
mail-images-loading = Chargement des images…
# $count: images que l’application n’a pas pu charger (refusées ou injoignables)
mail-images-failed =
    { $count ->
        [one] Une image n’a pas pu être chargée.
       *[other] { $count } images n’ont pas pu être chargées.
    }
mail-images-retry-later = Les images injoignables seront téléchargées à nouveau la prochaine fois que vous ouvrirez ce message, par exemple une fois la connexion rétablie.
mail-images-retry = Réessayer
