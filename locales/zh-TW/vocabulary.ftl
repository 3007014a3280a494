# 管道、狀態、優先順序、問題類型、訊息作者、訂單狀態和物流商的名稱。

## 管道

channel-email = 電子郵件
channel-ebay = eBay
channel-amazon = Amazon
channel-shopee = Shopee
channel-tiktok-shop = TikTok Shop
channel-lazada = Lazada
channel-telegram = Telegram
channel-badge-email = 郵件
channel-badge-ebay = eBay
channel-badge-amazon = Amazon
channel-badge-shopee = Shopee
channel-badge-tiktok-shop = TikTok
channel-badge-lazada = Lazada
channel-badge-telegram = TG

## 對話狀態、優先順序、問題類型

status-open = 待處理
status-pending = 等待中
status-resolved = 已解決
status-closed = 已結案
priority-low = 低
priority-normal = 一般
priority-high = 高
priority-urgent = 緊急
category-product = 商品諮詢
category-order-logistics = 訂單與物流
category-return-exchange = 退換貨
category-repair = 維修
category-complaint = 客訴
category-other = 其他

## 訊息作者

author-customer = 買家
author-agent = 客服
author-system = 系統
author-auto = 自動回覆

## 訂單與物流商

order-status-awaiting-payment = 待付款
order-status-paid = 已付款
order-status-shipped = 已出貨
order-status-in-transit = 運送中
order-status-delivered = 已送達
order-status-returned = 已退回
order-status-cancelled = 已取消
order-status-refunded = 已退款
carrier-china-post = 中國郵政
carrier-ems = EMS
carrier-dhl = DHL
carrier-ups = UPS
carrier-fedex = FedEx
carrier-tnt = TNT
carrier-yanwen = 燕文物流
carrier-4px = 遞四方 4PX
carrier-cainiao = 菜鳥
carrier-yunexpress = 雲途物流
carrier-other = 專線
