# Structure de l’application : fenêtre, écran d’accueil, espace de travail endommagé.

## Le nom de la langue, écrit dans cette langue, dans le menu des paramètres

locale-name = Français (France)

## Application

app-name = Bridgedesk
app-starting = Ouverture de votre espace de travail…
# $code : code technique de l’erreur (par ex. store.io).
app-error-fallback = Une erreur s’est produite (code { $code }). Veuillez réessayer.
# $detail : description technique du problème, généralement en anglais.
app-error-unexpected = Problème inattendu dans la fenêtre de l’application : { $detail }
error-banner-dismiss = Fermer

## Accueil (espace de travail vide)

welcome-title = Bienvenue dans Bridgedesk
welcome-line-1 = Une seule boîte de réception pour tous les messages des acheteurs : e-mail, eBay, Amazon, Shopee, TikTok Shop, Lazada et Telegram.
welcome-line-2 = Tout est stocké sur cet ordinateur : vous pouvez lire, rechercher et répondre même hors ligne.
welcome-demo = Découvrir avec des données de démo
welcome-demo-hint = Une boîte de réception réaliste, avec des acheteurs, des commandes et des numéros de suivi. Rien n’est envoyé nulle part.
welcome-demo-busy = Création de la boîte de démo…
welcome-demo-busy-detail = Remplissage de la base de données locale avec des conversations de démo. Cela prend quelques secondes.
welcome-add-account = Ajouter un compte
welcome-add-account-hint = Connectez votre messagerie et vos boutiques sur les marketplaces.

## Espace de travail endommagé

unavailable-title = Impossible d’ouvrir votre espace de travail
unavailable-path = Fichier de base de données :
unavailable-not-recoverable = Bridgedesk ne peut pas réparer cela tout seul. Fermez l’application, vérifiez le fichier et son dossier, puis relancez Bridgedesk.
move-aside = Mettre de côté le fichier endommagé et repartir de zéro
move-aside-question = Bridgedesk va renommer le fichier endommagé (il est conservé à côté du nouveau, rien n’est supprimé) et démarrer avec un espace de travail vide. Continuer ?
move-aside-confirm = Oui, le mettre de côté
move-aside-cancel = Annuler
