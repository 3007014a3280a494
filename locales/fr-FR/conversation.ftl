# Une conversation : en-tête, actions, fil, états d’envoi, notes, zone de réponse, panneau client.

## Panneau de la conversation

pane-empty = Sélectionnez une conversation
pane-loading = Ouverture de la conversation…
pane-empty-hint = Utilisez j et k pour parcourir la liste, Enter pour ouvrir et ? pour voir tous les raccourcis.
header-store = Boutique
header-priority = Priorité
header-category = Catégorie
header-assignee = Responsable
# $relative : ancienneté du dernier message ou de la dernière modification, par ex. « il y a 3 heures », « hier ».
header-last-activity = Dernière activité : { $relative }
# Info-bulle de l’échéance de réponse dans l’en-tête de la conversation.
# $time : l’échéance, dans le fuseau horaire de l’agent, par ex. « 3 mars 2025, 14:05 ».
header-due-at = Date limite de réponse : { $time }
assignee-none = Non attribuée
assign-label = Attribuer à
action-resolve = Résoudre
action-resolve-title = Marquer comme résolue (e)
action-pending = Mettre en attente
action-pending-title = En attente de l’acheteur : le délai de réponse est suspendu
action-reopen = Rouvrir
action-reopen-title = Rouvrir la conversation
tag-add-placeholder = Ajouter une étiquette…
# $tag : le texte de l’étiquette.
tag-remove = Retirer l’étiquette { $tag }
thread-label = Messages et notes internes
# $channel : nom du canal (E-mail, eBay, Amazon…).
message-via = via { $channel }
message-show-html = Afficher la mise en forme d’origine
message-show-text = Afficher le texte brut
note-label = Note interne
note-placeholder = Ajouter une note interne — visible uniquement par votre équipe
note-add = Ajouter la note
composer-label = Réponse
# $customer : nom de l’acheteur (peut être vide).
composer-placeholder = Répondre à { $customer }…
composer-hint = Ctrl+Enter pour envoyer · le brouillon est enregistré sur cet ordinateur
composer-hint-mac = ⌘+Enter pour envoyer · le brouillon est enregistré sur cet ordinateur
composer-send = Envoyer
composer-sending = Mise en file…
composer-send-title = Placer la réponse dans la boîte d’envoi ; elle part dès que le canal est joignable

## États d’envoi des messages sortants

delivery-queued = En file d’attente
delivery-sending = Envoi en cours
delivery-sent = Envoyé
delivery-accepted = Accepté
delivery-failed = Échec
delivery-queued-hint = Attend dans la boîte d’envoi que le canal l’envoie
delivery-sending-hint = En cours d’envoi vers le canal
delivery-sent-hint = Envoyé au canal
delivery-accepted-hint = La marketplace ou le serveur de messagerie a accepté le message
delivery-failed-hint = Envoi impossible ; Bridgedesk va réessayer
# $code : identifiant technique de l’erreur d’envoi.
delivery-error-unknown = Problème d’envoi ({ $code })

## Panneau client

customer-empty = Les informations de l’acheteur s’affichent ici lorsque vous ouvrez une conversation.
customer-country = Pays
customer-language = Langue
customer-local-time = Heure locale
customer-local-time-unknown = inconnue (pays non renseigné)
buyer-time-same = même heure que vous
# $hours : nombre d’heures de retard de l’acheteur sur votre heure.
buyer-time-behind = −{ $hours } h par rapport à vous
# $hours : nombre d’heures d’avance de l’acheteur sur votre heure.
buyer-time-ahead = +{ $hours } h par rapport à vous
customer-identities = Identités
# $count : nombre de commandes de l’acheteur.
customer-orders =
    { $count ->
        [0] Commandes
       *[other] Commandes ({ $count })
    }
customer-no-orders = Aucune commande liée à cet acheteur.
order-number = Numéro de commande
# $quantity : quantité de l’article dans la commande.
order-item-quantity = { $quantity } ×
order-total = Total
order-carrier-unknown = Transporteur inconnu
order-tracking-title = Numéro de suivi — cliquez pour le sélectionner
