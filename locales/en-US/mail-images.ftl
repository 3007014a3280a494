# Remote images in e-mail, fetched by the app after the agent allowed them.
mail-images-loading = Loading images…
# $count: images the app could not load (refused or unreachable)
mail-images-failed =
    { $count ->
        [one] One image could not be loaded.
       *[other] { $count } images could not be loaded.
    }
mail-images-retry-later = Images that could not be reached are fetched again the next time you open this message, for example once you are back online.
mail-images-retry = Try again
