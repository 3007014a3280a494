# Nomes de canais, status, prioridades, categorias, autores, status de pedido e transportadoras.

## Canais

channel-email = E-mail
channel-ebay = eBay
channel-amazon = Amazon
channel-shopee = Shopee
channel-tiktok-shop = TikTok Shop
channel-lazada = Lazada
channel-telegram = Telegram
channel-badge-email = E-mail
channel-badge-ebay = eBay
channel-badge-amazon = Amazon
channel-badge-shopee = Shopee
channel-badge-tiktok-shop = TikTok
channel-badge-lazada = Lazada
channel-badge-telegram = TG

## Status, prioridade e categoria da conversa

status-open = Aberta
status-pending = Pendente
status-resolved = Resolvida
status-closed = Fechada
priority-low = Baixa
priority-normal = Normal
priority-high = Alta
priority-urgent = Urgente
category-product = Produto
category-order-logistics = Pedido e envio
category-return-exchange = Devolução ou troca
category-repair = Reparo
category-complaint = Reclamação
category-other = Outros

## Autores das mensagens

author-customer = Comprador
author-agent = Atendente
author-system = Sistema
author-auto = Resposta automática

## Pedidos e transportadoras

order-status-awaiting-payment = Aguardando pagamento
order-status-paid = Pago
order-status-shipped = Enviado
order-status-in-transit = Em trânsito
order-status-delivered = Entregue
order-status-returned = Devolvido
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
carrier-other = Linha dedicada
