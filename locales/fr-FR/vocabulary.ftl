# Noms des canaux, statuts, priorités, catégories, auteurs, statuts de commande et transporteurs.

## Canaux

channel-email = E-mail
channel-ebay = eBay
channel-amazon = Amazon
channel-shopee = Shopee
channel-tiktok-shop = TikTok Shop
channel-lazada = Lazada
channel-telegram = Telegram
channel-badge-email = Mail
channel-badge-ebay = eBay
channel-badge-amazon = Amazon
channel-badge-shopee = Shopee
channel-badge-tiktok-shop = TikTok
channel-badge-lazada = Lazada
channel-badge-telegram = TG

## Statut, priorité et catégorie de la conversation

status-open = Ouverte
status-pending = En attente
status-resolved = Résolue
status-closed = Fermée
priority-low = Basse
priority-normal = Normale
priority-high = Haute
priority-urgent = Urgente
category-product = Produit
category-order-logistics = Commande et livraison
category-return-exchange = Retour ou échange
category-repair = Réparation
category-complaint = Réclamation
category-other = Autre

## Auteurs des messages

author-customer = Acheteur
author-agent = Agent
author-system = Système
author-auto = Réponse automatique

## Commandes et transporteurs

order-status-awaiting-payment = En attente de paiement
order-status-paid = Payée
order-status-shipped = Expédiée
order-status-in-transit = En transit
order-status-delivered = Livrée
order-status-returned = Retournée
order-status-cancelled = Annulée
order-status-refunded = Remboursée
carrier-china-post = China Post
carrier-ems = EMS
carrier-dhl = DHL
carrier-ups = UPS
carrier-fedex = FedEx
carrier-tnt = TNT
carrier-yanwen = Yanwen
carrier-4px = 4PX
carrier-cainiao = Cainiao
carrier-yunexpress = YunExpress
carrier-other = Ligne dédiée
