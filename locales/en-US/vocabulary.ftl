# Names of channels, statuses, priorities, categories, authors, order states and carriers.

## Channels

channel-email = Email
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

## Conversation status, priority, category

status-open = Open
status-pending = Pending
status-resolved = Resolved
status-closed = Closed
priority-low = Low
priority-normal = Normal
priority-high = High
priority-urgent = Urgent
category-product = Product
category-order-logistics = Order & shipping
category-return-exchange = Return or exchange
category-repair = Repair
category-complaint = Complaint
category-other = Other

## Message authors

author-customer = Buyer
author-agent = Agent
author-system = System
author-auto = Auto-reply

## Orders and carriers

order-status-awaiting-payment = Awaiting payment
order-status-paid = Paid
order-status-shipped = Shipped
order-status-in-transit = In transit
order-status-delivered = Delivered
order-status-returned = Returned
order-status-cancelled = Cancelled
order-status-refunded = Refunded
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
carrier-other = Dedicated line
