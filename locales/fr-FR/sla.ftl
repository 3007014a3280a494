# Délais SLA : les délais de réponse et de résolution d’une conversation, en compte à rebours en
# direct, sur trois axes horaires (le fuseau de l’agent, l’heure locale de l’acheteur, le fuseau de
# la marketplace), avec un historique expliquant l’état de chaque compteur.

## Comptes à rebours

# Deux unités d’un compte à rebours côte à côte, la plus grande d’abord : « 2 h 10 min », « 3 jours 4 h ».
# $larger (String) - la plus grande unité, déjà formatée, par ex. « 2 h » ou « 3 jours »
# $smaller (String) - la plus petite unité, déjà formatée, par ex. « 10 min » ou « 4 h »
sla-duration-pair = { $larger } { $smaller }
# Info-bulle du compte à rebours dans une ligne de la liste.
# $time (String) - l’échéance dans le fuseau de l’agent, par ex. « 11 mars 2025, 14:05 »
sla-row-due-title = Réponse attendue : { $time }

## Le bandeau SLA sous l’en-tête de la conversation

sla-strip-label = Délais de réponse et de résolution
sla-metric-first-response = Première réponse
sla-metric-next-response = Réponse suivante
sla-metric-resolution = Résolution
sla-metric-total-resolution = Résolution totale
sla-metric-marketplace = Marketplace
sla-chip-running = En cours
sla-chip-warning = Échéance proche
sla-chip-paused = En pause (attente de l’acheteur)
sla-chip-satisfied = Respecté
sla-chip-breached = Dépassé
sla-chip-stopped = Arrêté
# Un compteur en pause garde le temps qui lui restait.
# $duration (String) - le temps restant figé, par ex. « 1 h 20 min »
sla-paused-left = reste { $duration }, figé
# $time (String) - quand le délai a été respecté, dans le fuseau de l’agent, par ex. « mar. 11 mars, 14:05 »
sla-met-at = respecté : { $time }
# La réponse est arrivée après l’échéance.
# $time (String) - quand la réponse est arrivée, dans le fuseau de l’agent, par ex. « mar. 11 mars, 14:05 »
sla-met-late = respecté en retard : { $time }
# $time (String) - l’échéance dépassée, dans le fuseau de l’agent, par ex. « mar. 11 mars, 14:05 »
sla-breached-at = dépassé : { $time }
# Le compteur s’est arrêté sans réponse (résolue, aucune réponse nécessaire).
# $time (String) - quand il s’est arrêté, dans le fuseau de l’agent, par ex. « mar. 11 mars, 14:05 »
sla-stopped-at = arrêté : { $time }
sla-basis-business = heures ouvrées
sla-basis-business-title = Ne compte que les heures de travail de l’équipe : ni les nuits, ni les week-ends, ni les jours fériés
sla-basis-calendar = temps calendaire
sla-basis-calendar-title = Compte toutes les heures, nuits, week-ends et jours fériés compris
sla-marketplace-idle = rien à répondre

## Les trois axes horaires d’une échéance

# $time (String) - l’échéance dans le fuseau de l’agent, par ex. « mar. 11 mars, 14:05 »
sla-due-agent = Échéance { $time } (votre heure)
# $zone (String) - le fuseau IANA de l’agent, par ex. « Europe/Paris »
sla-due-agent-title = L’échéance dans votre fuseau horaire ({ $zone })
# $time (String) - jour de la semaine et heure chez l’acheteur à l’échéance, par ex. « sam. 02:14 »
sla-due-buyer = { $time } chez l’acheteur
# $zone (String) - le fuseau IANA de l’acheteur, par ex. « Europe/Berlin »
sla-due-buyer-title = L’heure locale de l’acheteur à l’échéance ({ $zone })
sla-hint-night = nuit
sla-hint-night-title = Entre 22:00 et 07:00 chez l’acheteur : il dort probablement
sla-hint-weekend = week-end
sla-hint-weekend-title = Samedi ou dimanche chez l’acheteur
# $time (String) - l’échéance dans le fuseau de la marketplace, par ex. « mar. 11 mars, 19:00 »
# $zone (String) - le nom de ce fuseau dans la langue de l’interface, par ex. « heure de la Malaisie » (sinon son identifiant IANA)
sla-due-marketplace = { $time } ({ $zone })
# $zone (String) - le fuseau IANA de la marketplace, par ex. « Asia/Kuala_Lumpur »
sla-due-marketplace-title = La marketplace compte cette échéance en { $zone }

## Règles des marketplaces et politiques de l’équipe

sla-rule-amazon-24h = Règle Amazon des 24 h
sla-rule-amazon-24h-hint = Amazon : répondre à chaque message d’acheteur sous 24 heures, week-ends et jours fériés compris
sla-rule-shopee-12h = Règle Shopee des 12 h
sla-rule-shopee-12h-hint = Shopee : répondre à un chat sous 12 heures ; seule la première réponse compte
sla-rule-tiktok-shop-12h = Règle TikTok Shop des 12 h
sla-rule-tiktok-shop-12h-hint = TikTok Shop : répondre sous 12 heures ; les chats reçus en mode vacances ne comptent pas
sla-rule-lazada-daily-cycle = Cycle quotidien Lazada
sla-rule-lazada-daily-cycle-hint = Lazada : les messages reçus d’hier 18:00 à aujourd’hui 18:00 doivent avoir une réponse avant aujourd’hui 19:00, heure du site
sla-rule-ebay-item-not-received = eBay : objet non reçu
sla-rule-ebay-item-not-received-hint = eBay : répondre à une demande « objet non reçu » sous 3 jours ouvrés
sla-policy-urgent = Urgent
sla-policy-chat = Chat
sla-policy-marketplace-chat = Chat marketplace
sla-policy-email = E-mail

## L’historique d’un compteur (« Pourquoi ? »)

sla-audit-toggle = Pourquoi ?
# $count (Number) - combien d’événements compte l’historique du compteur
sla-audit-toggle-title =
    { $count ->
        [one] Afficher l’événement à l’origine de ce compteur
       *[other] Afficher les { $count } événements à l’origine de ce compteur
    }
# $policy (String) - le nom de la politique, par ex. « Chat marketplace »
# $version (Number) - la version de la politique, par ex. 1
sla-audit-policy = Politique : { $policy }, version { $version }
# $rule (String) - le nom de la règle de la marketplace, par ex. « Cycle quotidien Lazada »
sla-audit-rule = Règle : { $rule }
# $zone (String) - le nom du fuseau dans la langue de l’interface, par ex. « heure de la Malaisie »
# $id (String) - le fuseau IANA, par ex. « Asia/Kuala_Lumpur »
sla-audit-reference-zone = compté en { $zone } ({ $id })
# $duration (String) - l’objectif du compteur, par ex. « 4 h »
sla-audit-target-business = objectif : { $duration } en heures ouvrées
# $duration (String) - l’objectif du compteur, par ex. « 24 h »
sla-audit-target-calendar = objectif : { $duration } en temps calendaire
sla-audit-empty = Ce compteur n’a encore aucun événement.
# Une ligne de l’historique : ce qui est arrivé au compteur, et pourquoi.
# $event (String) - ce qui est arrivé, par ex. « En pause »
# $reason (String) - pourquoi, par ex. « statut passé à En attente, attente de l’acheteur »
sla-audit-entry = { $event } — { $reason }
sla-event-started = Démarré
sla-event-paused = En pause
sla-event-resumed = Repris
sla-event-satisfied = Respecté
sla-event-breached = Dépassé
sla-event-stopped = Arrêté
sla-event-reopened = Rouverte
sla-event-ignored = Non compté
sla-event-excluded = Exclu
sla-event-calendar-time-fallback = Compté en temps calendaire
sla-reason-buyer-message = l’acheteur a écrit
sla-reason-oldest-unanswered-buyer-message = à partir du plus ancien message de l’acheteur resté sans réponse
sla-reason-agent-reply = réponse publique d’un agent, acceptée par le canal
sla-reason-status-pending = statut passé à En attente, attente de l’acheteur
sla-reason-status-open = statut repassé à Ouverte
sla-reason-resolved = conversation résolue
sla-reason-closed = conversation fermée
sla-reason-deadline-passed = l’échéance est passée sans réponse valable
sla-reason-auto-reply = une réponse automatique ne compte jamais
sla-reason-internal-note = une note interne ne compte jamais
sla-reason-reply-not-accepted = le canal n’a pas encore accepté la réponse
sla-reason-not-human-author = le message n’a pas été écrit par un agent
sla-reason-no-response-needed = marquée « aucune réponse nécessaire »
sla-reason-holiday-mode = reçu pendant le mode vacances de la boutique
sla-reason-seller-initiated = le vendeur a lancé ce chat
sla-reason-calendar-missing = le calendrier des heures ouvrées de la politique est introuvable
sla-reason-item-not-received-opened = l’acheteur a ouvert une demande « objet non reçu »
sla-reason-item-not-received-answered = la demande « objet non reçu » a reçu une réponse
sla-reason-first-reply-only = la marketplace ne mesure que la première réponse
