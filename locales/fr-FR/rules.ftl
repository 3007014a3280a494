# Règles, modèles de réponse et vérification avant envoi.

settings-rules-open = Règles et automatisations…
rules-title = Règles
rules-close = Fermer
rules-new = Nouvelle règle
rules-empty = Aucune règle pour l'instant. Créez-en une, testez-la à blanc, puis activez-la.
rules-enabled = Active
rules-enabled-title = Activer ou désactiver la règle
rules-move-up = Monter
rules-move-down = Descendre
rules-delete = Supprimer
rules-edit = Modifier
rules-export = Exporter en JSON
rules-import = Importer du JSON
rules-import-label = Collez un jeu de règles exporté
rules-imported = { $count ->
    [one] Une règle importée.
   *[other] { $count } règles importées.
}
rules-saved = Règle enregistrée.

rules-name-label = Nom
rules-name-placeholder = p. ex. Colis endommagés en urgence
rules-trigger-label = Quand
rule-trigger-new-buyer-message = Un message d'acheteur arrive
rule-trigger-agent-reply = Un agent répond
rule-trigger-status-change = Le statut change
rule-trigger-time = Le temps passe
rules-anchor-label = À compter de
rule-anchor-last-buyer-message = le dernier message de l'acheteur
rule-anchor-last-agent-message = la dernière réponse d'un agent
rule-anchor-status-change = le dernier changement de statut
rules-after-minutes = Minutes
rules-match-label = Si
rules-match-all = toutes les conditions sont remplies
rules-match-any = une condition est remplie
rules-add-condition = Ajouter une condition
rules-add-action = Ajouter une action
rules-actions-label = Alors
rules-remove = Retirer
rules-value-placeholder = Valeurs séparées par des virgules
rules-stop-after-match = Ne pas évaluer les règles suivantes si celle-ci s'applique
rules-save = Enregistrer la règle
rules-cancel = Annuler

rule-cond-channel = Canal
rule-cond-language = Langue
rule-cond-country = Pays
rule-cond-category = Catégorie
rule-cond-logistics-problem = Problème de livraison
rule-cond-customer-grade = Niveau du client
rule-cond-segment = Segment
rule-cond-keywords = Mots-clés
rule-cond-regex = Expression régulière
rule-cond-priority = Priorité
rule-cond-status = Statut
rule-cond-business-hours = Pendant les heures ouvrées
rule-cond-blacklisted = L'acheteur est sur liste noire
rule-cond-awaiting-agent = En attente d'un agent
rule-cond-yes = oui
rule-cond-no = non

rule-act-assign = Attribuer à
rule-act-tag = Ajouter une étiquette
rule-act-set-priority = Définir la priorité
rule-act-set-category = Définir la catégorie
rule-act-apply-sla-policy = Appliquer la politique de SLA
rule-act-set-status = Définir le statut
rule-act-auto-reply = Réponse automatique avec un modèle
rule-act-add-note = Ajouter une note interne
rule-act-notify = Prévenir un agent

rules-dry-run = Test à blanc
rules-dry-run-limit = Dernières conversations
rules-dry-run-title = Ce que cette règle aurait fait
rules-dry-run-summary = { $matched ->
    [one] S'applique à une conversation sur { $total }.
   *[other] S'applique à { $matched } conversations sur { $total }.
}
rules-col-conversation = Conversation
rules-col-result = Résultat
rules-col-why = Pourquoi
rules-col-actions = Ferait
rules-result-matched = S'applique
rules-result-not-matched = Ne s'applique pas
rules-runs-title = Exécutions des règles

rule-outcome-matched = « { $rule } » s'est appliquée
rule-outcome-not-matched = « { $rule } » ne s'est pas appliquée
rule-outcome-disabled = « { $rule } » est désactivée
rule-outcome-other-trigger = « { $rule } » attend un autre déclencheur
rule-outcome-already-applied = « { $rule } » a déjà agi sur cet événement
rule-outcome-stopped = « { $rule } » ignorée : une règle précédente a arrêté l'évaluation
rule-outcome-not-due = « { $rule } » n'est pas encore échue

rule-check-any-empty-passed = Aucune alternative à vérifier
rule-check-any-empty-failed = Aucune alternative : « une parmi rien » n'est jamais remplie
rule-check-not-passed = La condition niée n'est pas remplie, comme demandé
rule-check-not-failed = La condition niée est remplie
rule-check-keywords-passed = Mot-clé « { $actual } » trouvé (recherché : { $expected })
rule-check-keywords-failed = Aucun des mots-clés { $expected } n'apparaît
rule-check-regex-passed = Le motif { $expected } a trouvé « { $actual } »
rule-check-regex-failed = Le motif { $expected } ne correspond pas
rule-check-channel-passed = Le canal est { $actual }
rule-check-channel-failed = Le canal est { $actual }, pas { $expected }
rule-check-store-id-passed = La boutique est { $actual }
rule-check-store-id-failed = La boutique est { $actual }, pas { $expected }
rule-check-language-passed = La langue est { $actual }
rule-check-language-failed = La langue est { $actual }, pas { $expected }
rule-check-country-passed = Le pays est { $actual }
rule-check-country-failed = Le pays est { $actual }, pas { $expected }
rule-check-category-passed = La catégorie est { $actual }
rule-check-category-failed = La catégorie est { $actual }, pas { $expected }
rule-check-logistics-problem-passed = Le problème de livraison est { $actual }
rule-check-logistics-problem-failed = Le problème de livraison est { $actual }, pas { $expected }
rule-check-customer-grade-passed = Le niveau du client est { $actual }
rule-check-customer-grade-failed = Le niveau du client est { $actual }, pas { $expected }
rule-check-segment-passed = Le segment est { $actual }
rule-check-segment-failed = Le segment est { $actual }, pas { $expected }
rule-check-order-value-passed = Le montant { $actual } respecte { $expected }
rule-check-order-value-failed = Le montant { $actual } ne respecte pas { $expected }
rule-check-priority-passed = La priorité est { $actual }
rule-check-priority-failed = La priorité est { $actual }, pas { $expected }
rule-check-status-passed = Le statut est { $actual }
rule-check-status-failed = Le statut est { $actual }, pas { $expected }
rule-check-has-tag-passed = A une étiquette parmi { $expected }
rule-check-has-tag-failed = Les étiquettes { $actual } n'incluent aucune de { $expected }
rule-check-minutes-since-buyer-message-passed = { $actual } minutes depuis le message de l'acheteur ({ $expected })
rule-check-minutes-since-buyer-message-failed = { $actual } minutes depuis le message de l'acheteur ; requis : { $expected }
rule-check-minutes-since-agent-message-passed = { $actual } minutes depuis la dernière réponse ({ $expected })
rule-check-minutes-since-agent-message-failed = { $actual } minutes depuis la dernière réponse ; requis : { $expected }
rule-check-minutes-since-status-change-passed = { $actual } minutes depuis le changement de statut ({ $expected })
rule-check-minutes-since-status-change-failed = { $actual } minutes depuis le changement de statut ; requis : { $expected }
rule-check-awaiting-agent-passed = En attente d'un agent : { $actual ->
        [true] oui
       *[other] non
    }
rule-check-awaiting-agent-failed = En attente d'un agent : { $actual ->
        [true] oui
       *[other] non
    } ; requis : { $expected ->
        [true] oui
       *[other] non
    }
rule-check-business-hours-passed = Pendant les heures ouvrées : { $actual ->
        [true] oui
       *[other] non
    }
rule-check-business-hours-failed = Pendant les heures ouvrées : { $actual ->
        [true] oui
       *[other] non
    } ; requis : { $expected ->
        [true] oui
       *[other] non
    }
rule-check-blacklisted-passed = Acheteur sur liste noire : { $actual ->
        [true] oui
       *[other] non
    }
rule-check-blacklisted-failed = Acheteur sur liste noire : { $actual ->
        [true] oui
       *[other] non
    } ; requis : { $expected ->
        [true] oui
       *[other] non
    }

rule-action-assign = Attribuer à { $agent }
rule-action-tag = Ajouter l'étiquette « { $tag } »
rule-action-set-priority = Passer la priorité à { $priority }
rule-action-set-category = Passer la catégorie à { $category }
rule-action-apply-sla-policy = Appliquer la politique de SLA { $policy }
rule-action-set-status = Passer le statut à { $status }
rule-action-auto-reply = Répondre automatiquement avec le modèle { $template }
rule-action-add-note = Ajouter la note interne « { $text } »
rule-action-notify = Prévenir { $agent }

rules-invalid-json = Le jeu de règles n'est pas du JSON valide (ligne { $line }, colonne { $column }).
rules-unknown-format = Ce n'est pas un jeu de règles Bridgedesk (format « { $format } »).
rules-unsupported-version = La version { $version } du jeu de règles n'est pas prise en charge par ce Bridgedesk.
rules-too-many-rules = Trop de règles : { $max } au maximum.
rules-empty-rule-id = La règle numéro { $index } n'a pas d'identifiant.
rules-duplicate-rule-id = L'identifiant « { $rule } » apparaît deux fois.
rules-no-actions = La règle « { $rule } » n'a aucune action.
rules-invalid-regex = La règle « { $rule } » a une expression régulière invalide : { $pattern }
rules-regex-too-long = La règle « { $rule } » a une expression régulière de plus de { $max } octets.
rules-condition-too-deep = La règle « { $rule } » imbrique des conditions sur plus de { $max } niveaux.
rules-negative-duration = La règle « { $rule } » a une durée négative.
rules-unknown-template = La règle « { $rule } » cite le modèle inconnu « { $template } ».
error-rules-invalid = L'éditeur ne peut pas enregistrer cette règle.
template-no-variant = Le modèle « { $template } » n'a de texte dans aucune langue.
template-syntax = Le modèle « { $template } » ({ $language }) n'est pas valide.
template-missing-variable = Le modèle « { $template } » ({ $language }) a besoin de { $variable }, absent de cette conversation.
template-format = Le modèle « { $template } » ({ $language }) n'a pas pu être rempli.
template-unknown-time-zone = Le fuseau horaire de l'acheteur, { $zone }, est inconnu.
error-template-unknown = Ce modèle n'existe plus.
error-reply-blocked = La réponse n'a pas été envoyée : elle contient ce que la place de marché interdit. Retirez le texte surligné.
error-demo-not-demo = Les messages simulés sont réservés à l'espace de démonstration.
error-blacklist-reason-missing = Indiquez pourquoi cet acheteur va sur liste noire.
error-grade-thresholds-invalid = Ces seuils de niveau ne peuvent pas être enregistrés.

template-open = Modèles
template-open-title = Insérer un modèle de réponse ({ $shortcut })
template-search-placeholder = Rechercher un modèle
template-empty = Aucun modèle ne correspond.
template-language-label = Langue de l'acheteur
template-insert = Insérer
template-preview-label = Aperçu dans votre langue ({ $language })
template-buyer-label = Pour l'acheteur ({ $language })

send-check-title = Vérification avant envoi
send-check-override = Envoyer quand même
send-check-blocked = Envoi bloqué tant que le texte surligné n'est pas retiré.
send-check-warned = Vérifiez le texte surligné ; vous pouvez envoyer quand même.
send-check-sensitive-word-warn = « { $text } » figure dans la liste des mots sensibles.
send-check-email-address-warn = « { $text } » est une adresse e-mail (donnée personnelle).
send-check-email-address-block = Les adresses e-mail comme « { $text } » sont interdites dans les messages { $channel }.
send-check-phone-number-warn = « { $text } » ressemble à un numéro de téléphone (donnée personnelle).
send-check-phone-number-block = Les numéros de téléphone comme « { $text } » sont interdits dans les messages { $channel }.
send-check-payment-card-block = « { $text } » ressemble à un numéro de carte ; n'envoyez jamais de données de carte.
send-check-iban-warn = « { $text } » ressemble à un numéro de compte bancaire (IBAN).
send-check-iban-block = Les coordonnées bancaires comme « { $text } » sont interdites dans les messages { $channel }.
send-check-link-warn = Le lien « { $text } » ne doit mener qu'à ce dont la commande a besoin.
send-check-link-block = Les liens comme « { $text } » sont interdits dans les messages { $channel }.
send-check-off-platform-app-block = « { $text } » fait sortir l'acheteur de la plateforme, ce que { $channel } interdit.

dev-simulate-message = Simuler un message d'acheteur
dev-simulate-hint = Outil de démonstration : écrit un nouveau message réaliste d'acheteur dans une conversation de démonstration, par le même chemin que la synchronisation d'un canal, pour voir les règles agir.

## A value that is absent in a trace

rule-value-none = aucun

## Sensitive-word lists

rules-words-title = Mots sensibles
rules-words-hint = La vérification avant envoi avertit quand une réponse dans cette langue contient l'un de ces mots (un par ligne).
rules-words-language = Langue
rules-words-save = Enregistrer les mots

## The notice of a rule's "notify" action (in-app and as a desktop notification)

# $rule (String) - the rule's name as the agent wrote it
rules-notice-text = La règle « { $rule } » demande votre attention
# $agent (String) - the agent the conversation is assigned to
rules-notice-agent = pour { $agent }
rules-notice-open = Ouvrir la conversation
rules-notice-dismiss = Fermer
