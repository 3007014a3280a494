# SLA 时效：会话的回复与解决时限，以实时倒计时显示在三条时间轴上（客服所在时区、买家当地时间、
# 平台时区），并附带审计记录，说明每个计时器为何处于当前状态。

## 倒计时

# 倒计时的两个单位，大单位在前：“2 小时 10 分钟”“3 天 4 小时”。
# $larger (String) - 较大的单位，已格式化，例如 "2 小时"、"3 天"
# $smaller (String) - 较小的单位，已格式化，例如 "10 分钟"、"4 小时"
sla-duration-pair = { $larger } { $smaller }
# 列表行中倒计时的提示。
# $time (String) - 客服所在时区的截止时间，例如 "2025年3月11日 14:05"
sla-row-due-title = 回复截止：{ $time }

## 会话标题下方的 SLA 时效栏

sla-strip-label = 回复与解决时限
sla-metric-first-response = 首次响应
sla-metric-next-response = 后续响应
sla-metric-resolution = 解决时限
sla-metric-total-resolution = 总解决时限
sla-metric-marketplace = 平台时限
sla-chip-running = 计时中
sla-chip-warning = 即将超时
sla-chip-paused = 暂停（等待买家）
sla-chip-satisfied = 已达成
sla-chip-breached = 已超时
sla-chip-stopped = 已停止
# 暂停的计时器保留暂停时剩余的时间。
# $duration (String) - 冻结的剩余时间，例如 "1 小时 20 分钟"
sla-paused-left = 剩余 { $duration }（已冻结）
# $time (String) - 达成的时间（客服所在时区），例如 "3月11日周二 14:05"
sla-met-at = 达成于 { $time }
# 回复晚于截止时间。
# $time (String) - 达成的时间（客服所在时区），例如 "3月11日周二 14:05"
sla-met-late = 超时后于 { $time } 达成
# $time (String) - 已过的截止时间（客服所在时区），例如 "3月11日周二 14:05"
sla-breached-at = 于 { $time } 超时
# 计时器未经回复即结束（已解决、无需回复）。
# $time (String) - 停止的时间（客服所在时区），例如 "3月11日周二 14:05"
sla-stopped-at = 于 { $time } 停止计时
sla-basis-business = 按工作时间
sla-basis-business-title = 只计算团队的工作时间：夜间、周末和节假日不计入
sla-basis-calendar = 按自然时间
sla-basis-calendar-title = 每个小时都计入，包括夜间、周末和节假日
sla-marketplace-idle = 暂无待回复消息

## 截止时间的三条时间轴

# $time (String) - 客服所在时区的截止时间，例如 "3月11日周二 14:05"
sla-due-agent = 截止 { $time }（你的时间）
# $zone (String) - 客服的 IANA 时区，例如 "Asia/Shanghai"
sla-due-agent-title = 你所在时区的截止时间（{ $zone }）
# $time (String) - 截止时买家当地的星期和时间，例如 "周六 02:14"
sla-due-buyer = 买家当地 { $time }
# $zone (String) - 买家的 IANA 时区，例如 "Europe/Berlin"
sla-due-buyer-title = 截止时买家的当地时间（{ $zone }）
sla-hint-night = 深夜
sla-hint-night-title = 买家当地 22:00 至 07:00，对方很可能在休息
sla-hint-weekend = 周末
sla-hint-weekend-title = 买家当地是周六或周日
# $time (String) - 平台时区的截止时间，例如 "3月11日周二 19:00"
# $zone (String) - 该时区在界面语言中的名称，例如 "马来西亚时间"（没有时为 IANA 名称）
sla-due-marketplace = { $zone } { $time }
# $zone (String) - 平台的 IANA 时区，例如 "Asia/Kuala_Lumpur"
sla-due-marketplace-title = 平台按 { $zone } 计算此时限

## 平台规则与团队策略

sla-rule-amazon-24h = 亚马逊 24 小时规则
sla-rule-amazon-24h-hint = 亚马逊：每条买家消息须在 24 小时内回复，周末和节假日照常计算
sla-rule-shopee-12h = Shopee 12 小时规则
sla-rule-shopee-12h-hint = Shopee：聊天须在 12 小时内回复，只考核首次回复
sla-rule-tiktok-shop-12h = TikTok Shop 12 小时规则
sla-rule-tiktok-shop-12h-hint = TikTok Shop：须在 12 小时内回复，店铺休假模式期间收到的聊天不计
sla-rule-lazada-daily-cycle = Lazada 每日回复周期
sla-rule-lazada-daily-cycle-hint = Lazada：昨天 18:00 至今天 18:00 收到的消息，须在今天 19:00 前回复（站点时间）
sla-rule-ebay-item-not-received = eBay 未收到物品
sla-rule-ebay-item-not-received-hint = eBay：未收到物品请求须在 3 个工作日内答复
sla-policy-urgent = 紧急
sla-policy-chat = 即时聊天
sla-policy-marketplace-chat = 平台聊天
sla-policy-email = 电子邮件

## 计时器的审计记录（“为什么？”）

sla-audit-toggle = 为什么？
# $count (Number) - 该计时器审计记录的条数
sla-audit-toggle-title = 查看此计时器的 { $count } 条记录
# $policy (String) - 策略名称，例如 "平台聊天"
# $version (Number) - 策略版本，例如 1
sla-audit-policy = SLA 策略：{ $policy }（第 { $version } 版）
# $rule (String) - 平台规则名称，例如 "Lazada 每日回复周期"
sla-audit-rule = 平台规则：{ $rule }
# $zone (String) - 时区在界面语言中的名称，例如 "马来西亚时间"
# $id (String) - IANA 时区，例如 "Asia/Kuala_Lumpur"
sla-audit-reference-zone = 按{ $zone }（{ $id }）计算
# $duration (String) - 计时目标，例如 "4 小时"
sla-audit-target-business = 目标 { $duration }（工作时间）
# $duration (String) - 计时目标，例如 "24 小时"
sla-audit-target-calendar = 目标 { $duration }（自然时间）
sla-audit-empty = 此计时器还没有任何记录。
# 审计记录的一行：计时器发生了什么，以及原因。
# $event (String) - 发生了什么，例如 "暂停"
# $reason (String) - 原因，例如 "状态改为等待中，等待买家回复"
sla-audit-entry = { $event }：{ $reason }
sla-event-started = 开始计时
sla-event-paused = 暂停
sla-event-resumed = 恢复计时
sla-event-satisfied = 已达成
sla-event-breached = 已超时
sla-event-stopped = 停止计时
sla-event-reopened = 重新打开
sla-event-ignored = 不计入
sla-event-excluded = 已排除
sla-event-calendar-time-fallback = 改按自然时间计算
sla-reason-buyer-message = 买家发来消息
sla-reason-oldest-unanswered-buyer-message = 从买家最早一条未回复的消息起算
sla-reason-agent-reply = 客服的公开回复已被渠道接受
sla-reason-status-pending = 状态改为等待中，等待买家回复
sla-reason-status-open = 状态改回待处理
sla-reason-resolved = 会话已解决
sla-reason-closed = 会话已关闭
sla-reason-deadline-passed = 截止时间已过，仍没有有效回复
sla-reason-auto-reply = 自动回复不计入
sla-reason-internal-note = 内部备注不计入
sla-reason-reply-not-accepted = 回复尚未被渠道接受
sla-reason-not-human-author = 该消息不是客服本人所写
sla-reason-no-response-needed = 已标记为无需回复
sla-reason-holiday-mode = 在店铺休假模式期间收到
sla-reason-seller-initiated = 由卖家发起的聊天
sla-reason-calendar-missing = 策略使用的工作日历缺失
sla-reason-item-not-received-opened = 买家发起了未收到物品请求
sla-reason-item-not-received-answered = 未收到物品请求已答复
sla-reason-first-reply-only = 平台只考核首次回复
