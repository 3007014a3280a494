# أسماء القنوات والحالات والأولويات والفئات ومرسلي الرسائل وحالات الطلبات وشركات الشحن.

## القنوات

channel-email = البريد الإلكتروني
channel-ebay = eBay
channel-amazon = Amazon
channel-shopee = Shopee
channel-tiktok-shop = TikTok Shop
channel-lazada = Lazada
channel-telegram = Telegram
channel-badge-email = بريد
channel-badge-ebay = eBay
channel-badge-amazon = Amazon
channel-badge-shopee = Shopee
channel-badge-tiktok-shop = TikTok
channel-badge-lazada = Lazada
channel-badge-telegram = TG

## حالة المحادثة وأولويتها وفئتها

status-open = مفتوحة
status-pending = قيد الانتظار
status-resolved = تم الحل
status-closed = مغلقة
priority-low = منخفضة
priority-normal = عادية
priority-high = مرتفعة
priority-urgent = عاجلة
category-product = المنتج
category-order-logistics = الطلب والشحن
category-return-exchange = إرجاع أو استبدال
category-repair = إصلاح
category-complaint = شكوى
category-other = أخرى

## مرسلو الرسائل

author-customer = المشتري
author-agent = الموظف
author-system = النظام
author-auto = رد تلقائي

## الطلبات وشركات الشحن

order-status-awaiting-payment = بانتظار الدفع
order-status-paid = مدفوع
order-status-shipped = تم الشحن
order-status-in-transit = في الطريق
order-status-delivered = تم التسليم
order-status-returned = مُرتجع
order-status-cancelled = ملغى
order-status-refunded = تم استرداد المبلغ
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
carrier-other = خط شحن مخصص
