# Nombres de canales, estados, prioridades, categorías, autores, estados de pedido y transportistas.

## Canales

channel-email = Correo
channel-ebay = eBay
channel-amazon = Amazon
channel-shopee = Shopee
channel-tiktok-shop = TikTok Shop
channel-lazada = Lazada
channel-telegram = Telegram
channel-badge-email = Correo
channel-badge-ebay = eBay
channel-badge-amazon = Amazon
channel-badge-shopee = Shopee
channel-badge-tiktok-shop = TikTok
channel-badge-lazada = Lazada
channel-badge-telegram = TG

## Estado, prioridad y categoría de la conversación

status-open = Abierta
status-pending = Pendiente
status-resolved = Resuelta
status-closed = Cerrada
priority-low = Baja
priority-normal = Normal
priority-high = Alta
priority-urgent = Urgente
category-product = Producto
category-order-logistics = Pedido y envío
category-return-exchange = Devolución o cambio
category-repair = Reparación
category-complaint = Reclamación
category-other = Otros

## Autores de los mensajes

author-customer = Comprador
author-agent = Agente
author-system = Sistema
author-auto = Respuesta automática

## Pedidos y transportistas

order-status-awaiting-payment = Pendiente de pago
order-status-paid = Pagado
order-status-shipped = Enviado
order-status-in-transit = En tránsito
order-status-delivered = Entregado
order-status-returned = Devuelto
order-status-cancelled = Cancelado
order-status-refunded = Reembolsado
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
carrier-other = Línea dedicada
