# Namen von Kanälen, Status, Prioritäten, Kategorien, Absendern, Bestellstatus und Versanddienstleistern.

## Kanäle

channel-email = E-Mail
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

## Status, Priorität und Kategorie einer Konversation

status-open = Offen
status-pending = Wartend
status-resolved = Gelöst
status-closed = Geschlossen
priority-low = Niedrig
priority-normal = Normal
priority-high = Hoch
priority-urgent = Dringend
category-product = Produkt
category-order-logistics = Bestellung & Versand
category-return-exchange = Rücksendung/Umtausch
category-repair = Reparatur
category-complaint = Beschwerde
category-other = Sonstiges

## Absender von Nachrichten

author-customer = Käufer
author-agent = Agent
author-system = System
author-auto = Auto-Antwort

## Bestellungen und Versanddienstleister

order-status-awaiting-payment = Zahlung ausstehend
order-status-paid = Bezahlt
order-status-shipped = Versandt
order-status-in-transit = Unterwegs
order-status-delivered = Zugestellt
order-status-returned = Zurückgesendet
order-status-cancelled = Storniert
order-status-refunded = Erstattet
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
carrier-other = Direktlinie
