# Externe Bilder in E-Mails, von der App geladen, nachdem der Agent sie erlaubt hat.
mail-images-loading = Bilder werden geladen …
# $count: Bilder, die die App nicht laden konnte (abgelehnt oder nicht erreichbar)
mail-images-failed =
    { $count ->
        [one] Ein Bild konnte nicht geladen werden.
       *[other] { $count } Bilder konnten nicht geladen werden.
    }
mail-images-retry-later = Nicht erreichbare Bilder werden beim nächsten Öffnen dieser Nachricht erneut geladen, etwa wenn Sie wieder online sind.
mail-images-retry = Erneut versuchen
