# Erreurs présentées à l’agent. Les identifiants sont error-<code, points et tirets bas remplacés par des tirets>.

error-store-corrupt = Le fichier de la base de données locale est endommagé et ne peut pas être ouvert. Rien n’a été modifié ni supprimé. Vous pouvez mettre de côté le fichier endommagé (il est conservé, renommé, dans le même dossier) et repartir d’une boîte de réception vide.
# $found : version du schéma du fichier ; $supported : version la plus récente que comprend cette version de l’application.
error-store-too-new = Cette base de données a été créée par une version plus récente de Bridgedesk (schéma { $found } ; cette version prend en charge jusqu’au schéma { $supported }). Veuillez mettre à jour Bridgedesk. Le fichier n’a pas été modifié.
error-store-busy = La base de données est utilisée par une autre fenêtre de Bridgedesk ou par un autre programme. Fermez-le, puis réessayez.
error-store-not-found = Cet élément n’existe plus. Il a peut-être été supprimé dans une autre fenêtre.
error-store-io = Impossible de lire ou d’écrire dans le dossier de la base de données. Vérifiez l’espace disque disponible et les droits du dossier.
error-store-unknown-key = Impossible d’importer les données : certains enregistrements font référence à d’autres qui sont absents. Rien n’a été enregistré.
error-store-invalid-tag = L’étiquette est trop longue : une étiquette ne peut pas dépasser 40 caractères.
error-store-invalid-note = Impossible d’enregistrer une note vide.
error-store-invalid-reply = Impossible d’envoyer une réponse vide.
error-store-internal = Une erreur inattendue de la base de données s’est produite. Vos données n’ont pas été modifiées.
error-workspace-not-open = La boîte de réception n’est pas encore ouverte.
error-workspace-not-empty = Les données de démo ne peuvent être chargées que dans une boîte de réception vide.
error-workspace-not-corrupt = La base de données n’est pas endommagée : rien n’a été déplacé.
error-settings-unknown-locale = Cette langue n’est pas disponible.
error-settings-unknown-time-zone = Ce fuseau horaire est inconnu.
error-internal = Une erreur s’est produite dans Bridgedesk. Vos données n’ont pas été modifiées.
