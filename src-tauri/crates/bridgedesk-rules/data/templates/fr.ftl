### Modèles de réponse de départ, français. Le commentaire au-dessus de chaque message est son nom.

# Avis d'expédition
shipping-notice =
    Bonjour { $buyer_name },

    Bonne nouvelle : { $item_count ->
        [one] l'article de votre commande { $order_number } est en route.
       *[other] les { $item_count } articles de votre commande { $order_number } sont en route.
    }
    Transporteur : { $carrier }
    Numéro de suivi : { $tracking_number }
    Livraison prévue : { $expected_delivery }

    Vous pouvez suivre le colis avec le numéro de suivi sur le site du transporteur. Pour toute question, répondez simplement à ce message.

    Cordialement,
    { $store_name }

# Où est ma commande ?
where-is-my-order =
    Bonjour { $buyer_name },

    Merci pour votre patience, et veuillez nous excuser pour l'attente. J'ai vérifié votre commande { $order_number } : elle a été expédiée il y a { $days_in_transit ->
        [one] { $days_in_transit } jour
       *[other] { $days_in_transit } jours
    } avec { $carrier } (numéro de suivi { $tracking_number }) et sa livraison est prévue d'ici le { $expected_delivery }.

    Les colis internationaux restent parfois quelques jours sans mise à jour du suivi pendant le dédouanement ; c'est normal. S'il n'est pas arrivé à cette date, écrivez-nous de nouveau et nous trouverons une solution immédiatement.

    Cordialement,
    { $store_name }

# Instructions de retour
return-instructions =
    Bonjour { $buyer_name },

    Merci de nous avoir contactés au sujet de votre commande { $order_number }. Nous acceptons volontiers le retour dans un délai de { $return_days ->
        [one] { $return_days } jour
       *[other] { $return_days } jours
    } après la livraison.

    { $postage_payer ->
        [seller] Les frais de retour sont à notre charge : utilisez l'étiquette de retour prépayée que nous allons vous envoyer, vous n'aurez rien à payer.
       *[buyer] L'article n'étant pas défectueux, les frais de retour sont à la charge de l'acheteur. Nous vous conseillons un envoi avec suivi.
    }

    Dans la mesure du possible, emballez l'article dans son emballage d'origine et joignez votre numéro de commande. Dès réception du retour, nous procéderons à votre remboursement.

    Cordialement,
    { $store_name }

# Excuses pour article endommagé
damaged-item-apology =
    Bonjour { $buyer_name },

    Nous sommes vraiment désolés que votre commande { $order_number } soit arrivée endommagée. Ce n'est pas l'expérience que nous souhaitons vous offrir.

    Pourriez-vous nous envoyer une photo de l'article et de l'emballage ? Choisissez ensuite la solution qui vous convient le mieux :
    • un remplacement gratuit, envoyé à nos frais ;
    • un remboursement intégral ;
    • un remboursement partiel si vous souhaitez garder l'article.

    Répondez simplement avec votre choix et nous nous occupons du reste sans attendre.

    Avec toutes nos excuses,
    { $store_name }

# Suivi d'un avis négatif
negative-review-follow-up =
    Bonjour { $buyer_name },

    Merci d'avoir pris le temps de partager votre avis sur la commande { $order_number }. Nous regrettons de ne pas avoir été à la hauteur de vos attentes.

    Nous aimerions arranger les choses. Pourriez-vous nous en dire un peu plus sur ce qui s'est passé ? Nous pouvons vous proposer un remplacement, un remboursement ou toute autre solution qui vous conviendrait.

    Votre satisfaction compte pour nous, et nous lisons chaque message personnellement.

    Cordialement,
    { $store_name }
