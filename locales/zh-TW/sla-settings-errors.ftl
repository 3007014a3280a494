# SLA settings messages formatted by Rust: core errors and the native notification title.

# 系統通知標題。
# $count (Number) - 剛進入預警的對話數
sla-alert-notification-title = { $count } 個對話即將逾時

## SLA 設定錯誤

error-sla-empty-name = 請為行事曆或政策命名。
error-sla-unknown-zone = 請從清單中選擇時區。
# $weekday (Number) - 1 = 星期一 … 7 = 星期日
error-sla-bad-interval = 星期 { $weekday } 的某個營業時段不是 HH:MM-HH:MM 格式。
# $row (Number) - 日期清單中的列號
error-sla-bad-date = 日期清單第 { $row } 列需要有效日期。
# $row (Number) - 日期清單中的列號
error-sla-bad-day-hours = 日期清單第 { $row } 列的時間需寫成 HH:MM-HH:MM。
error-sla-unknown-calendar = 某個目標以營業時間計時，但所用的行事曆不存在。
error-sla-negative-target = 目標與預警提前量不可為負數。
error-sla-no-default = 必須保留一個預設行事曆。
# $line (Number) - 檔案中的行號
error-sla-bad-ics = 無法讀取此 .ics 檔案（第 { $line } 行）。
error-sla-unknown-set = 沒有該國家與年份的內建假日集。
error-sla-not-found = 此政策或行事曆已不存在。
error-sla-already-attached = 行事曆「{ $calendar }」已用於這個團隊或商店的工作時間。請先在那裡取消關聯。
