# Ce que l’agent fait d’une conversation e-mail atteint la boîte aux lettres : archiver à la fermeture, marquer comme non lu.

mail-archive-on-close = Déplacer les conversations fermées dans le dossier Archives
mail-archive-on-close-hint = Quand vous résolvez ou fermez une conversation e-mail, ses messages quittent aussi la boîte de réception du serveur (les autres logiciels de messagerie les affichent dans Archives).
action-mark-unread = Marquer comme non lue
action-mark-unread-title = Marquer le dernier message de l’acheteur comme non lu (u)
shortcut-mark-unread = Marquer la conversation ouverte comme non lue
