# 買家訊息的分診與買家身份：列表行和對話標題上的標記、一鍵更正分類、等級、分群與黑名單。

logistics-damaged = 貨物損壞
logistics-wrong-item = 發錯貨
logistics-delivered-not-received = 顯示簽收但未收到
logistics-no-tracking-update = 物流未更新
logistics-customs-hold = 海關扣留
logistics-returned-to-sender = 退回發件人

risk-chargeback = 拒付
risk-paypal-claim = PayPal 索賠
risk-a-to-z-claim = 亞馬遜 A-to-z 索賠
risk-bad-review = 差評
risk-platform-report = 向平臺投訴

badge-angry = 情緒激動
badge-angry-title = 買家語氣憤怒
badge-risk-title = 買家訊息中有糾紛風險
badge-logistics-title = 買家提到的物流問題
badge-corrected-title = 分類已由客服更正

category-correct-title = 更正分類；分診會從中學習

grade-key-a = 重點 A
grade-key-b = 重點 B
grade-ordinary = 普通
grade-small = 小額
segment-new = 新客戶
segment-returning = 回頭客
segment-potential = 潛在客戶
segment-dormant = 沉睡客戶
customer-grade-label = 等級
customer-segment-label = 分群

blacklist-banner = 黑名單買家：{ $reason }（由 { $by } 設定）
blacklist-set = 加入黑名單
blacklist-clear = 移出黑名單
blacklist-reason-label = 原因
blacklist-reason-placeholder = 為什麼將此買家加入黑名單？
blacklist-confirm = 加入黑名單
