# 买家消息的分诊与买家身份：列表行和会话标题上的标记、一键更正分类、等级、分群与黑名单。

logistics-damaged = 货物损坏
logistics-wrong-item = 发错货
logistics-delivered-not-received = 显示签收但未收到
logistics-no-tracking-update = 物流未更新
logistics-customs-hold = 海关扣留
logistics-returned-to-sender = 退回发件人

risk-chargeback = 拒付
risk-paypal-claim = PayPal 索赔
risk-a-to-z-claim = 亚马逊 A-to-z 索赔
risk-bad-review = 差评
risk-platform-report = 向平台投诉

badge-angry = 情绪激动
badge-angry-title = 买家语气愤怒
badge-risk-title = 买家消息中有纠纷风险
badge-logistics-title = 买家提到的物流问题
badge-corrected-title = 分类已由客服更正

category-correct-title = 更正分类；分诊会从中学习

grade-key-a = 重点 A
grade-key-b = 重点 B
grade-ordinary = 普通
grade-small = 小额
segment-new = 新客户
segment-returning = 回头客
segment-potential = 潜在客户
segment-dormant = 沉睡客户
customer-grade-label = 等级
customer-segment-label = 分群

blacklist-banner = 黑名单买家：{ $reason }（由 { $by } 设置）
blacklist-set = 加入黑名单
blacklist-clear = 移出黑名单
blacklist-reason-label = 原因
blacklist-reason-placeholder = 为什么将此买家加入黑名单？
blacklist-confirm = 加入黑名单
