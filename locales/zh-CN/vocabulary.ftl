# 渠道、状态、优先级、问题类型、作者、订单状态和物流商的名称。

## 渠道

channel-email = 邮件
channel-ebay = eBay
channel-amazon = 亚马逊
channel-shopee = Shopee
channel-tiktok-shop = TikTok Shop
channel-lazada = Lazada
channel-telegram = Telegram
channel-badge-email = 邮件
channel-badge-ebay = eBay
channel-badge-amazon = 亚马逊
channel-badge-shopee = Shopee
channel-badge-tiktok-shop = TikTok
channel-badge-lazada = Lazada
channel-badge-telegram = TG

## 会话状态、优先级、问题类型

status-open = 待处理
status-pending = 等待中
status-resolved = 已解决
status-closed = 已关闭
priority-low = 低
priority-normal = 普通
priority-high = 高
priority-urgent = 紧急
category-product = 产品咨询
category-order-logistics = 订单与物流
category-return-exchange = 退换货
category-repair = 维修
category-complaint = 投诉
category-other = 其他

## 消息作者

author-customer = 买家
author-agent = 客服
author-system = 系统
author-auto = 自动回复

## 订单与物流商

order-status-awaiting-payment = 待付款
order-status-paid = 已付款
order-status-shipped = 已发货
order-status-in-transit = 运输中
order-status-delivered = 已签收
order-status-returned = 已退回
order-status-cancelled = 已取消
order-status-refunded = 已退款
carrier-china-post = 中国邮政
carrier-ems = EMS
carrier-dhl = DHL
carrier-ups = UPS
carrier-fedex = FedEx
carrier-tnt = TNT
carrier-yanwen = 燕文物流
carrier-4px = 递四方 4PX
carrier-cainiao = 菜鸟
carrier-yunexpress = 云途物流
carrier-other = 专线
