# SLA 時效：對話的回覆與解決時限，以即時倒數顯示在三條時間軸上（客服所在時區、買家當地時間、
# 平台時區），並附上稽核紀錄，說明每個計時器為何處於目前狀態。

## 倒數計時

# 倒數的兩個單位，大單位在前：「2 小時 10 分鐘」「3 天 4 小時」。
# $larger (String) - 較大的單位，已格式化，例如 "2 小時"、"3 天"
# $smaller (String) - 較小的單位，已格式化，例如 "10 分鐘"、"4 小時"
sla-duration-pair = { $larger } { $smaller }
# 清單列中倒數的提示。
# $time (String) - 客服所在時區的截止時間，例如 "2025年3月11日 下午2:05"
sla-row-due-title = 回覆截止：{ $time }

## 對話標題下方的 SLA 時效列

sla-strip-label = 回覆與解決時限
sla-metric-first-response = 首次回應
sla-metric-next-response = 後續回應
sla-metric-resolution = 解決時限
sla-metric-total-resolution = 總解決時限
sla-metric-marketplace = 平台時限
sla-chip-running = 計時中
sla-chip-warning = 即將逾時
sla-chip-paused = 暫停（等待買家）
sla-chip-satisfied = 已達成
sla-chip-breached = 已逾時
sla-chip-stopped = 已停止
# 暫停的計時器保留暫停時剩下的時間。
# $duration (String) - 凍結的剩餘時間，例如 "1 小時 20 分鐘"
sla-paused-left = 剩餘 { $duration }（已凍結）
# $time (String) - 達成的時間（客服所在時區），例如 "3月11日 週二 14:05"
sla-met-at = 達成於 { $time }
# 回覆晚於截止時間。
# $time (String) - 達成的時間（客服所在時區），例如 "3月11日 週二 14:05"
sla-met-late = 逾時後於 { $time } 達成
# $time (String) - 已過的截止時間（客服所在時區），例如 "3月11日 週二 14:05"
sla-breached-at = 於 { $time } 逾時
# 計時器未經回覆即結束（已解決、無需回覆）。
# $time (String) - 停止的時間（客服所在時區），例如 "3月11日 週二 14:05"
sla-stopped-at = 於 { $time } 停止計時
sla-basis-business = 依上班時間
sla-basis-business-title = 只計算團隊的上班時間：夜間、週末和國定假日不計入
sla-basis-calendar = 依日曆時間
sla-basis-calendar-title = 每個小時都計入，包括夜間、週末和國定假日
sla-marketplace-idle = 目前沒有待回覆的訊息

## 截止時間的三條時間軸

# $time (String) - 客服所在時區的截止時間，例如 "3月11日 週二 14:05"
sla-due-agent = 截止 { $time }（您的時間）
# $zone (String) - 客服的 IANA 時區，例如 "Asia/Taipei"
sla-due-agent-title = 您所在時區的截止時間（{ $zone }）
# $time (String) - 截止時買家當地的星期和時間，例如 "週六 02:14"
sla-due-buyer = 買家當地 { $time }
# $zone (String) - 買家的 IANA 時區，例如 "Europe/Berlin"
sla-due-buyer-title = 截止時買家的當地時間（{ $zone }）
sla-hint-night = 深夜
sla-hint-night-title = 買家當地 22:00 至 07:00，對方很可能在休息
sla-hint-weekend = 週末
sla-hint-weekend-title = 買家當地是週六或週日
# $time (String) - 平台時區的截止時間，例如 "3月11日 週二 19:00"
# $zone (String) - 該時區在介面語言中的名稱，例如 "馬來西亞時間"（沒有時為 IANA 名稱）
sla-due-marketplace = { $zone } { $time }
# $zone (String) - 平台的 IANA 時區，例如 "Asia/Kuala_Lumpur"
sla-due-marketplace-title = 平台依 { $zone } 計算此時限

## 平台規則與團隊政策

sla-rule-amazon-24h = Amazon 24 小時規則
sla-rule-amazon-24h-hint = Amazon：每則買家訊息須在 24 小時內回覆，週末和假日照常計算
sla-rule-shopee-12h = Shopee 12 小時規則
sla-rule-shopee-12h-hint = Shopee：聊聊須在 12 小時內回覆，只計首次回覆
sla-rule-tiktok-shop-12h = TikTok Shop 12 小時規則
sla-rule-tiktok-shop-12h-hint = TikTok Shop：須在 12 小時內回覆，賣場休假模式期間收到的聊天不計
sla-rule-lazada-daily-cycle = Lazada 每日回覆週期
sla-rule-lazada-daily-cycle-hint = Lazada：昨天 18:00 至今天 18:00 收到的訊息，須在今天 19:00 前回覆（站點時間）
sla-rule-ebay-item-not-received = eBay 未收到物品
sla-rule-ebay-item-not-received-hint = eBay：未收到物品請求須在 3 個工作天內答覆
sla-policy-urgent = 緊急
sla-policy-chat = 即時聊天
sla-policy-marketplace-chat = 平台聊天
sla-policy-email = 電子郵件

## 計時器的稽核紀錄（「為什麼？」）

sla-audit-toggle = 為什麼？
# $count (Number) - 該計時器稽核紀錄的筆數
sla-audit-toggle-title = 查看此計時器的 { $count } 筆紀錄
# $policy (String) - 政策名稱，例如 "平台聊天"
# $version (Number) - 政策版本，例如 1
sla-audit-policy = SLA 政策：{ $policy }（第 { $version } 版）
# $rule (String) - 平台規則名稱，例如 "Lazada 每日回覆週期"
sla-audit-rule = 平台規則：{ $rule }
# $zone (String) - 時區在介面語言中的名稱，例如 "馬來西亞時間"
# $id (String) - IANA 時區，例如 "Asia/Kuala_Lumpur"
sla-audit-reference-zone = 依{ $zone }（{ $id }）計算
# $duration (String) - 計時目標，例如 "4 小時"
sla-audit-target-business = 目標 { $duration }（上班時間）
# $duration (String) - 計時目標，例如 "24 小時"
sla-audit-target-calendar = 目標 { $duration }（日曆時間）
sla-audit-empty = 此計時器尚無任何紀錄。
# 稽核紀錄的一行：計時器發生了什麼，以及原因。
# $event (String) - 發生了什麼，例如 "暫停"
# $reason (String) - 原因，例如 "狀態改為等待中，等待買家回覆"
sla-audit-entry = { $event }：{ $reason }
sla-event-started = 開始計時
sla-event-paused = 暫停
sla-event-resumed = 恢復計時
sla-event-satisfied = 已達成
sla-event-breached = 已逾時
sla-event-stopped = 停止計時
sla-event-reopened = 重新開啟
sla-event-ignored = 不計入
sla-event-excluded = 已排除
sla-event-calendar-time-fallback = 改依日曆時間計算
sla-reason-buyer-message = 買家傳來訊息
sla-reason-oldest-unanswered-buyer-message = 從買家最早一則未回覆的訊息起算
sla-reason-agent-reply = 客服的公開回覆已被管道接受
sla-reason-status-pending = 狀態改為等待中，等待買家回覆
sla-reason-status-open = 狀態改回待處理
sla-reason-resolved = 對話已解決
sla-reason-closed = 對話已結案
sla-reason-deadline-passed = 截止時間已過，仍沒有有效回覆
sla-reason-auto-reply = 自動回覆不計入
sla-reason-internal-note = 內部備註不計入
sla-reason-reply-not-accepted = 回覆尚未被管道接受
sla-reason-not-human-author = 這則訊息不是客服本人所寫
sla-reason-no-response-needed = 已標記為無需回覆
sla-reason-holiday-mode = 在賣場休假模式期間收到
sla-reason-seller-initiated = 由賣家發起的聊天
sla-reason-calendar-missing = 政策使用的工作行事曆不存在
sla-reason-item-not-received-opened = 買家提出了未收到物品請求
sla-reason-item-not-received-answered = 未收到物品請求已答覆
sla-reason-first-reply-only = 平台只計首次回覆
