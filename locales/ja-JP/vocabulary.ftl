# チャネル、ステータス、優先度、カテゴリ、送信者、注文ステータス、配送業者の名前。

## チャネル

channel-email = メール
channel-ebay = eBay
channel-amazon = Amazon
channel-shopee = Shopee
channel-tiktok-shop = TikTok Shop
channel-lazada = Lazada
channel-telegram = Telegram
channel-badge-email = メール
channel-badge-ebay = eBay
channel-badge-amazon = Amazon
channel-badge-shopee = Shopee
channel-badge-tiktok-shop = TikTok
channel-badge-lazada = Lazada
channel-badge-telegram = TG

## 会話のステータス、優先度、カテゴリ

status-open = 未対応
status-pending = 保留中
status-resolved = 解決済み
status-closed = 終了
priority-low = 低
priority-normal = 通常
priority-high = 高
priority-urgent = 緊急
category-product = 商品
category-order-logistics = 注文・配送
category-return-exchange = 返品・交換
category-repair = 修理
category-complaint = クレーム
category-other = その他

## メッセージの送信者

author-customer = 購入者
author-agent = 担当者
author-system = システム
author-auto = 自動返信

## 注文と配送業者

order-status-awaiting-payment = 入金待ち
order-status-paid = 入金済み
order-status-shipped = 発送済み
order-status-in-transit = 配送中
order-status-delivered = 配達済み
order-status-returned = 返送済み
order-status-cancelled = キャンセル済み
order-status-refunded = 返金済み
carrier-china-post = 中国郵政
carrier-ems = EMS
carrier-dhl = DHL
carrier-ups = UPS
carrier-fedex = FedEx
carrier-tnt = TNT
carrier-yanwen = Yanwen
carrier-4px = 4PX
carrier-cainiao = Cainiao
carrier-yunexpress = YunExpress
carrier-other = 専用ライン
