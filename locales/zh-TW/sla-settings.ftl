# SLA 設定：工作行事曆（時區、每週營業時間、假日、日期例外）、有序的政策（條件、目標、預警提前量）、
# 「重新計算歷史」，以及逾時前的提醒。

sla-settings-open = SLA 行事曆與政策…
sla-settings-title = SLA 行事曆與政策
sla-settings-tab-calendars = 行事曆
sla-settings-tab-policies = 政策
sla-settings-close = 關閉
sla-settings-loading = 載入中…
sla-settings-remove = 移除

## 行事曆

sla-settings-calendar = 行事曆
sla-settings-add-calendar = 新增行事曆
sla-settings-new-calendar = （新行事曆）
sla-settings-calendar-name = 名稱
sla-settings-calendar-zone = 時區
sla-settings-calendar-applies = 適用於
sla-settings-calendar-default = 所有沒有專屬行事曆的商店（預設）
sla-settings-calendar-unattached = 僅限指定它的政策
sla-settings-weekly = 每週營業時間
sla-settings-weekly-hint = 每個時段寫成 HH:MM-HH:MM。午休或輪班可加入多段；結束早於開始表示跨越午夜（22:00-02:00）。
sla-settings-day-mon = 星期一
sla-settings-day-tue = 星期二
sla-settings-day-wed = 星期三
sla-settings-day-thu = 星期四
sla-settings-day-fri = 星期五
sla-settings-day-sat = 星期六
sla-settings-day-sun = 星期日
sla-settings-closed-all-day = 休息
# $day (String) - 星期名稱
sla-settings-interval-label = { $day }的營業時段
sla-settings-add-interval = + 時段
sla-settings-days = 假日與日期例外
sla-settings-holiday-set = 假日集
# $year (String) - 年份
sla-settings-region-cn = 中國 { $year }
sla-settings-region-us = 美國 { $year }
sla-settings-region-de = 德國 { $year }
sla-settings-region-br = 巴西 { $year }
sla-settings-import-set = 匯入假日集
sla-settings-import-ics = 匯入 .ics 檔案
# $count (Number) - 匯入的天數
sla-settings-imported = 已匯入 { $count } 天。儲存行事曆後生效。
sla-settings-day-date = 日期
sla-settings-day-kind = 類型
sla-settings-day-label = 名稱或原因
sla-settings-day-hours = 時間
sla-settings-kind-holiday = 假日（休息）
sla-settings-kind-working-day = 補班日
sla-settings-kind-closed = 休息
sla-settings-kind-half-day = 半天
sla-settings-kind-special-hours = 特殊時間
sla-settings-add-day = + 日期
# $count (Number) - 日期數
sla-settings-day-count = 共 { $count } 個日期
sla-settings-save-calendar = 儲存行事曆
sla-settings-saved-calendar = 行事曆已儲存，從現在起計算的時鐘會使用它。

## 政策

sla-settings-policies-hint = 依序比對，第一個條件符合的政策生效。
# $version (Number) - 版本號
sla-settings-version = 第 { $version } 版
# $name (String) - 政策名稱
sla-settings-move-up = 上移 { $name }
sla-settings-move-down = 下移 { $name }
sla-settings-add-policy = 新增政策
sla-settings-policy-name = 名稱
sla-settings-conditions = 條件
sla-settings-conditions-hint = 某組不勾選即符合任何值。
sla-settings-channels = 管道
sla-settings-stores = 商店
sla-settings-priorities = 優先順序
sla-settings-grades = 客戶等級
sla-settings-grade-a = A 級重點客戶
sla-settings-grade-b = B 級重點客戶
sla-settings-grade-ordinary = 一般客戶
sla-settings-grade-small = 小客戶
sla-settings-grade-blacklist = 黑名單
sla-settings-categories = 類別
sla-settings-languages = 語言（如 es, pt-BR）
sla-settings-targets = 目標
sla-settings-metric-first = 首次回覆
sla-settings-metric-next = 後續回覆
sla-settings-metric-resolution = 解決
sla-settings-minutes = 分鐘
sla-settings-basis = 計時方式
sla-settings-basis-business = 營業時間
sla-settings-basis-calendar = 自然時間（全天計時）
sla-settings-calendar-own = 對話所屬商店的行事曆
sla-settings-no-target = 無目標
sla-settings-warn-before = 提前預警
# $version (Number) - 將建立的版本號
sla-settings-save-hint = 儲存會建立第 { $version } 版；在重新計算歷史之前，現有對話維持原版本。
sla-settings-save-policy = 儲存政策
sla-settings-saved-policy = 政策已儲存為新版本，適用於新的時鐘。
sla-settings-delete-policy = 刪除政策
sla-settings-deleted-policy = 政策已刪除。其對話會在下次計算時使用第一個符合的政策。

## 重新計算歷史

sla-settings-recompute = 重新計算歷史
sla-settings-recompute-hint = 重新計算歷史會以目前的行事曆與政策重新評估所有對話的時鐘。
# $changed (Number) - 有變化的對話數
# $total (Number) - 重新評估的對話數
# $ms (Number) - 耗時（毫秒）
sla-settings-recomputed = 已重新計算 { $total } 個對話，耗時 { $ms } 毫秒：{ $changed } 個有變化。

## 逾時前提醒

# $count (Number) - 剛進入預警的對話數
sla-alert-text = { $count } 個對話即將逾時，最緊急的是：
# $due (String) - 客服時區中的截止時間
sla-alert-due = 截止 { $due }
sla-alert-open = 開啟最緊急的對話
sla-alert-dismiss = 略過
