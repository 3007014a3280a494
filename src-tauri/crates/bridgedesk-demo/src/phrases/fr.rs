//! French: buyers in France and Quebec (web shop, e-mail); agents write with *vous* and address
//! the buyer as Madame or Monsieur.

use super::{noun3, Bank, Script};

// Nouns: forms = [bare, with definite article, with "de" + article]; g = 0 masculine,
// 1 feminine, 2 plural.

pub(crate) static BANK: Bank = Bank {
    lang: "fr",
    sep: "\n",
    months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    date: "{d} {m}",
    honorifics: ["Monsieur", "Madame"],
    greet_formal: &["Bonjour {hon} {last},", "Bonjour {first},", "Chère cliente, cher client,"],
    greet_chat: &["Bonjour {first} !", "Bonjour {hon} {last},"],
    sign_formal: &[
        "Bien cordialement,\n{agent}\nService client Brightway",
        "Nous restons à votre disposition.\n\nCordialement,\n{agent}\nL’équipe support Brightway",
    ],
    sign_chat: &["– {agent}", "Bonne journée, {agent}"],
    customer_greet: &["Bonjour,", "Bonsoir,", "Madame, Monsieur,"],
    customer_sign: &["Merci,\n{cname}", "Cordialement,\n{cname}", "{cname}", "Bonne journée\n{cname}"],
    auto_ack: &[
        "Merci d’avoir contacté Brightway ! Nous avons bien reçu votre message et un conseiller vous répondra sous 24 heures (du lundi au samedi, 9h–18h30 heure de Chine).",
        "Bonjour ! Merci pour votre message. Notre équipe est actuellement hors ligne, nous vous répondrons dès notre retour.",
    ],
    nudge: &[
        "Bonjour ? Avez-vous du nouveau ?",
        "Cela fait deux jours que j’attends une réponse. Quelqu’un peut-il me répondre svp ?",
        "Des nouvelles de ma commande {order} ?",
        "J’attends toujours une réponse…",
    ],
    thanks: &[
        "Merci beaucoup, c’est très clair !",
        "Très bien, merci pour la réponse rapide.",
        "Bien reçu aujourd’hui, tout fonctionne. Merci pour votre aide !",
        "Parfait, merci. Bonne journée !",
    ],
    update: &[
        "Petit point d’étape : nous avons relancé {carrier} et attendons leur réponse. Je reviens vers vous dès que j’ai du nouveau.",
        "Nous suivons toujours votre dossier. Merci pour votre patience, je vous donne des nouvelles au plus tard le {date}.",
        "Notre entrepôt a vérifié votre commande {order} : tout a été emballé correctement. Nous attendons maintenant le résultat de l’enquête du transporteur.",
    ],
    chat_customer: &[
        "ok", "Merci", "D’accord, un instant", "Ça prendra combien de temps ?", "Vous pouvez m’envoyer le lien de suivi ?",
        "Je vous ai envoyé la photo", "Le remboursement se fait sur ma carte ?", "D’accord, j’attends",
    ],
    chat_agent: &[
        "Je vérifie tout de suite, un instant s’il vous plaît.",
        "Merci, c’est bien reçu.",
        "Puis-je vous aider pour autre chose ?",
        "En général 3 à 5 jours ouvrés.",
        "Oui, le remboursement est fait sur le moyen de paiement d’origine.",
        "J’ai transmis votre demande à notre entrepôt.",
    ],
    nouns: [
        noun3("chargeur", "le chargeur", "du chargeur", 0),
        noun3("câble", "le câble", "du câble", 0),
        noun3("écouteurs", "les écouteurs", "des écouteurs", 2),
        noun3("coque", "la coque", "de la coque", 1),
        noun3("ruban LED", "le ruban LED", "du ruban LED", 0),
        noun3("montre connectée", "la montre connectée", "de la montre connectée", 1),
        noun3("bracelet", "le bracelet", "du bracelet", 0),
        noun3("batterie externe", "la batterie externe", "de la batterie externe", 1),
        noun3("hub USB-C", "le hub USB-C", "du hub USB-C", 0),
        noun3("adaptateur de voyage", "l’adaptateur de voyage", "de l’adaptateur de voyage", 0),
    ],
    claims: ["une réclamation au titre de la garantie A à z", "un litige sur eBay", "un litige PayPal", "une opposition bancaire (chargeback)", "une réclamation auprès de {platform}"],
    intents: [
        // Compatibility
        Script {
            subject: &["Question sur l’article : compatible avec {device} ?", "Question de compatibilité"],
            open: &[
                "Bonjour, est-ce que {product_1} {g:fonctionne|fonctionne|fonctionnent} avec mon {device} ? Je préfère être {f:sûr|sûre} avant de commander.",
                "Bonjour, l’article « {title} » est-il compatible avec un {device} ? Ce n’est pas clair dans l’annonce.",
            ],
            reply: &[
                "Merci de l’intérêt que vous portez à notre article. Oui, {g:il est entièrement compatible|elle est entièrement compatible|ils sont entièrement compatibles} avec {device}. En cas de souci à la réception, écrivez-nous et nous vous aiderons tout de suite.",
                "Bonne question ! « {title} » fonctionne avec {device}, nous l’avons testé nous-mêmes. Les commandes passées aujourd’hui partent sous 24 heures.",
            ],
            follow: &["Super, merci. Il y a une garantie ?", "D’accord. Et la livraison prend combien de temps en général ?"],
            resolve: &["Oui, tous nos produits sont garantis 12 mois, et la livraison prend en général 8 à 15 jours ouvrés. N’hésitez pas si vous avez d’autres questions."],
        },
        // Voltage
        Script {
            subject: &["Type de prise et tension"],
            open: &[
                "Bonjour, {product_1} est-il livré avec une prise française ? Chez nous c’est du 230 V.",
                "Bonjour, avant de commander : {product_1} accepte-t-il le 110–240 V ? Je vais l’utiliser en voyage.",
            ],
            reply: &["Merci pour votre message. L’article accepte 100–240 V, 50/60 Hz : il fonctionne donc partout dans le monde. Nous l’expédions avec la prise adaptée à votre pays (référence {sku})."],
            follow: &["Parfait. Est-ce possible de l’avoir avec une prise UK ?"],
            resolve: &["Bien sûr. Indiquez simplement « prise UK » en commentaire de commande et nous mettrons la bonne version dans le colis."],
        },
        // ShippingTime
        Script {
            subject: &["Délai de livraison ?"],
            open: &[
                "Bonjour, combien de temps faut-il pour la livraison ? J’ai besoin {product_2} avant le {date}.",
                "Bonjour, si je commande aujourd’hui, quand est-ce expédié ? Et avec quel transporteur ?",
            ],
            reply: &["Merci pour votre message. Nous expédions sous 1 à 2 jours ouvrés depuis notre entrepôt de Shenzhen. La livraison standard prend 8 à 15 jours ouvrés : pour une commande passée aujourd’hui, comptez une arrivée vers le {date}. Vous recevrez le numéro de suivi dès l’expédition."],
            follow: &["Il y a une option plus rapide ? C’est pour un cadeau."],
            resolve: &["Oui, vous pouvez choisir la livraison express DHL au paiement, en général 4 à 6 jours ouvrés. J’ai aussi marqué votre commande comme prioritaire."],
        },
        // Duties
        Script {
            subject: &["Frais de douane ?"],
            open: &[
                "Bonjour, est-ce que je devrai payer des frais de douane à la livraison ?",
                "Bonjour, la TVA est-elle incluse dans le prix ou le livreur va-t-il me demander de payer ?",
            ],
            reply: &["Merci pour votre question. Pour les livraisons dans l’Union européenne, la TVA est perçue lors du paiement (IOSS) : vous n’aurez donc rien à payer à la livraison."],
            follow: &["D’accord, et qu’est-ce qui est déclaré sur le colis ?"],
            resolve: &["Nous déclarons toujours la valeur et le contenu réels du colis, comme la loi l’exige. Si la douane vous demande un document, transmettez-le-nous et nous vous aiderons immédiatement."],
        },
        // AddressChange
        Script {
            subject: &["Modifier l’adresse de la commande {order}"],
            open: &[
                "Bonjour, je viens de passer la commande {order} et je me suis {f:trompé|trompée} d’adresse. Pouvez-vous la corriger avant l’expédition ?",
                "Bonjour, j’ai déménagé. Merci d’envoyer la commande {order} à ma nouvelle adresse, je vous l’écris dans le message suivant.",
            ],
            reply: &["Merci de nous avoir prévenus aussi vite. Votre commande {order} n’est pas encore partie, nous pouvons donc modifier l’adresse. Pouvez-vous nous confirmer l’adresse complète avec le code postal et un numéro de téléphone ?"],
            follow: &["Même rue mais au numéro 14 bis, bâtiment B. Merci !"],
            resolve: &["C’est fait : l’adresse de la commande {order} est corrigée et le colis partira demain. Vous recevrez le numéro de suivi dès sa remise au transporteur."],
        },
        // TrackingStalled
        Script {
            subject: &["Où est ma commande {order} ?", "Suivi bloqué – commande {order}"],
            open: &[
                "Bonjour, j’ai commandé {product_1} il y a {days} jours et le numéro de suivi {tracking} n’a pas bougé depuis plus d’une semaine. Où est mon colis ?",
                "Bonjour, ma commande {order} n’est toujours pas arrivée. Sur le suivi {carrier}, il y a juste « en transit ». Pouvez-vous vérifier svp ?",
            ],
            reply: &[
                "Je suis désolé pour l’attente. J’ai vérifié le numéro de suivi {tracking} : le colis a quitté notre entrepôt et il est en route avec {carrier}. Les envois internationaux n’affichent parfois aucune mise à jour pendant le vol ou entre deux centres de tri. Il devrait arriver d’ici le {date}. Sinon, nous le renverrons ou vous rembourserons intégralement.",
                "Merci pour votre patience. Votre colis {tracking} est en transit avec {carrier} ; le dernier scan a eu lieu au centre d’export. J’ai demandé une vérification au transporteur et je vous tiens informé. Livraison estimée : {date}.",
            ],
            follow: &["D’accord, j’attends jusqu’au {date}, mais surveillez-le svp.", "Toujours rien sur le suivi aujourd’hui."],
            resolve: &["Bonne nouvelle : selon {carrier}, votre colis est arrivé en France et il est en cours de livraison. Vous devriez le recevoir sous 1 à 2 jours."],
        },
        // CustomsHold
        Script {
            subject: &["Colis bloqué en douane"],
            open: &[
                "Bonjour, le suivi de la commande {order} indique « retenu en douane ». Que dois-je faire ?",
                "Bonjour, la douane bloque mon colis {tracking} et me demande de payer. Pourquoi ?",
            ],
            reply: &["Merci de nous avoir prévenus. Votre colis {tracking} est en douane pour un contrôle de routine, qui prend généralement 3 à 7 jours. Si la douane vous demande une facture, envoyez-nous le courrier et nous vous transmettrons la facture commerciale immédiatement."],
            follow: &["Ils me demandent la facture maintenant. Vous pouvez l’envoyer ?"],
            resolve: &["Nous avons envoyé la facture commerciale de la commande {order} à vous et à {carrier}. La douane devrait libérer le colis d’ici quelques jours ; nous continuons à surveiller le suivi."],
        },
        // DeliveredNotReceived
        Script {
            subject: &["Indiqué livré mais pas reçu"],
            open: &[
                "Bonjour, le suivi indique que ma commande {order} a été livrée le {date}, mais je n’ai rien reçu. J’ai demandé aux voisins et vérifié la boîte aux lettres.",
                "Le colis apparaît comme livré mais je n’ai rien. Aidez-moi svp.",
            ],
            reply: &["Je suis vraiment désolé. Nous avons ouvert une enquête auprès de {carrier} pour le numéro {tracking} et demandé la preuve de livraison. Pourriez-vous aussi vérifier auprès de votre bureau de poste ? Les colis y sont parfois déposés."],
            follow: &["J’ai demandé à la poste, ils ne l’ont pas."],
            resolve: &["Merci d’avoir vérifié. Le transporteur ne pouvant pas prouver la livraison, nous vous renvoyons l’article gratuitement. Le nouveau numéro de suivi vous parviendra sous 48 heures."],
        },
        // Return
        Script {
            subject: &["Demande de retour – commande {order}", "Je souhaite retourner un article"],
            open: &[
                "Bonjour, {product_1} ne {g:correspond|correspond|correspondent} pas à mon besoin. Puis-je {g:le|la|les} retourner pour être {f:remboursé|remboursée} ?",
                "Bonjour, je souhaite retourner {product_1} de la commande {order}. {g:Il est neuf|Elle est neuve|Ils sont neufs}, dans l’emballage d’origine.",
            ],
            reply: &["Merci de nous avoir contactés. Bien sûr, vous disposez de 30 jours pour le retour. Merci d’envoyer l’article à l’adresse de retour indiquée dans notre prochain message, avec votre numéro de commande. Dès réception, nous vous remboursons sous 3 jours ouvrés. L’article n’étant pas défectueux, les frais de retour sont à la charge de l’acheteur."],
            follow: &["Je l’ai renvoyé aujourd’hui, le numéro de suivi est sur le reçu."],
            resolve: &["Nous avons bien reçu votre retour et remboursé intégralement l’article de la commande {order}. Le remboursement peut apparaître sur votre compte sous 3 à 5 jours ouvrés."],
        },
        // Damaged
        Script {
            subject: &["Article arrivé endommagé"],
            open: &[
                "Bonjour, {g:mon|ma|mes} {product} {g:est arrivé cassé|est arrivée cassée|sont arrivés cassés} : le carton était écrasé et le boîtier est fissuré. Photos en pièce jointe.",
                "Bonjour, le colis de la commande {order} était abîmé et {product_1} ne {g:fonctionne|fonctionne|fonctionnent} pas. Que pouvez-vous faire ?",
            ],
            reply: &["Je suis vraiment désolé que l’article soit arrivé endommagé, et merci pour les photos. Inutile de nous le renvoyer : nous pouvons vous en envoyer un nouveau gratuitement ou vous rembourser intégralement. Que préférez-vous ?"],
            follow: &["Un remplacement, s’il vous plaît."],
            resolve: &["Votre article de remplacement est parti avec {carrier}, numéro de suivi {tracking}. Il devrait arriver d’ici le {date}. Encore toutes nos excuses pour ce désagrément."],
        },
        // WrongItem
        Script {
            subject: &["Mauvais article reçu"],
            open: &[
                "Bonjour, j’ai commandé « {title} » mais j’ai reçu tout autre chose.",
                "Bonjour, j’ai reçu la mauvaise couleur dans la commande {order}. J’avais commandé noir, j’ai reçu blanc.",
            ],
            reply: &["Toutes nos excuses pour cette erreur de notre entrepôt. Pourriez-vous nous envoyer une photo de l’article et de l’étiquette du sachet ? Nous vous envoyons immédiatement le bon article, et vous pouvez garder l’autre."],
            follow: &["Photo jointe. Envoyez vite le bon svp, c’est pour un anniversaire."],
            resolve: &["Merci. Le bon article ({product}, réf. {sku}) est parti en express, numéro de suivi {tracking}. Vous l’aurez au plus tard le {date}."],
        },
        // Defective
        Script {
            subject: &["Article en panne : {product}"],
            open: &[
                "Bonjour, j’ai acheté {product_1} le mois dernier et {g:il ne fonctionne|elle ne fonctionne|ils ne fonctionnent} plus du tout.",
                "Bonjour, {g:mon|ma|mes} {product} {g:s’éteint|s’éteint|s’éteignent} tout seul sans arrêt. C’est encore sous garantie.",
            ],
            reply: &["Merci de nous l’avoir signalé et désolé pour le désagrément. Pourriez-vous essayer un autre câble et un autre adaptateur, puis nous envoyer une courte vidéo du problème ? S’il s’agit d’un défaut du produit, nous le remplaçons à nos frais dans le cadre de la garantie de 12 mois."],
            follow: &["J’ai essayé un autre câble, même problème. Vidéo jointe."],
            resolve: &["Merci pour la vidéo. Il s’agit bien d’un défaut du produit : nous vous envoyons un article neuf gratuitement, suivi {tracking}. Inutile de renvoyer l’ancien."],
        },
        // NotAsDescribed
        Script {
            subject: &["Article non conforme à la description"],
            open: &[
                "Bonjour, {product_1} {g:n’est|n’est|ne sont} pas {g:conforme|conforme|conformes} à la description. L’annonce parle de charge rapide mais mon {device} charge très lentement. Très {f:déçu|déçue}.",
                "Bonjour, la couleur et la taille n’ont rien à voir avec les photos. Ce n’est pas ce que j’ai payé.",
            ],
            reply: &["Je suis désolé que l’article ne corresponde pas à vos attentes, nous prenons cela très au sérieux. Pouvez-vous nous indiquer l’appareil et le câble utilisés ? Nous vous proposons un remboursement partiel de 30 % si vous le gardez, ou un remboursement intégral après retour à nos frais."],
            follow: &["Je prends le remboursement partiel."],
            resolve: &["Le remboursement partiel de la commande {order} a été effectué. Merci pour votre compréhension et de nous avoir permis de corriger la situation."],
        },
        // DisputeThreat
        Script {
            subject: &["Remboursement immédiat ou j’ouvre un litige", "URGENT – commande {order}"],
            open: &[
                "C’est la troisième fois que j’écris. Ma commande {order} n’est toujours pas arrivée après {days} jours. Si je ne suis pas {f:remboursé|remboursée} demain, j’ouvre {claim} et je laisse un avis négatif.",
                "Je veux être {f:remboursé|remboursée} MAINTENANT. Personne ne répond et le suivi n’a pas bougé depuis des semaines. Si ce n’est pas réglé aujourd’hui, j’ouvre {claim}.",
            ],
            reply: &["Je vous présente toutes nos excuses pour ce retard et pour notre réponse tardive. J’ai vérifié la commande {order} : le colis est bloqué chez {carrier}. Pour régler la situation tout de suite, nous vous avons remboursé intégralement : inutile d’ouvrir un litige. Si le colis arrive malgré tout, gardez-le."],
            follow: &["OK, je vois le remboursement. Merci d’avoir enfin réglé ça."],
            resolve: &["Merci pour votre patience et encore désolé. Nous avons renforcé nos contrôles avec ce transporteur pour que cela ne se reproduise pas."],
        },
        // ThankYou
        Script {
            subject: &["Merci !"],
            open: &[
                "Je voulais juste vous dire que {product_1} {g:est arrivé|est arrivée|sont arrivés} aujourd’hui et {g:fonctionne|fonctionne|fonctionnent} parfaitement. Livraison rapide, merci !",
                "Super vendeur, {product_1} {g:est|est|sont} exactement comme dans la description. Je recommanderai.",
            ],
            reply: &["Merci infiniment pour votre gentil message ! Nous sommes ravis que tout fonctionne bien. Si vous avez besoin d’aide un jour, nous sommes là."],
            follow: &["Avec plaisir ! Vous faites une remise si j’en achète un deuxième ?"],
            resolve: &["Bien sûr ! Pour deux articles achetés, 10 % de remise s’appliquent automatiquement au paiement. Excellente semaine à vous !"],
        },
    ],
};
