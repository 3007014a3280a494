# 收件匣：篩選列、搜尋和對話清單。

## 篩選列

search-placeholder = 搜尋訊息…
search-label = 搜尋訊息
filter-status = 狀態
filter-status-all = 所有狀態
filter-channel = 管道
filter-channel-all = 所有管道
filter-store = 賣場
filter-store-all = 所有賣場
filter-language = 語言
filter-language-all = 所有語言
filter-category = 問題類型
filter-category-all = 所有類型
filter-assignee = 負責人
filter-assignee-all = 所有人
filter-assignee-unassigned = 未指派
# $count：符合篩選條件的對話數
inbox-total = 共 { $count } 個對話
# $count：顯示的對話數上限（實際數量更多）
inbox-total-capped = { $count }+ 個對話
inbox-total-title = 符合篩選條件的對話數
# $count：含未讀訊息的對話數
unread-count =
    { $count ->
        [0] 無未讀
       *[other] { $count } 個未讀對話
    }
unread-title = 含未讀訊息的待處理和等待中對話

## 對話清單

list-label = 對話
list-empty = 沒有符合篩選條件的對話。
list-empty-search = 找不到符合搜尋條件的訊息。
# $count：此對話的未讀訊息數
row-unread = { $count } 則未讀訊息
# $priority：優先順序名稱，例如「高」
row-priority = 優先順序：{ $priority }
# 清單列中時間的提示文字。
# $relative (String) - 距今多久，已格式化，例如「3 小時前」、「昨天」
# $time (String) - 客服人員時區的日期和時間，例如「2025年3月3日 下午2:05」
row-last-activity = 最近活動：{ $relative }（{ $time }）
# $duration：距離期限的剩餘時間，例如「2 小時」
due-in = { $duration }後到期
# $duration：已超過期限的時間，例如「35 分鐘」
due-overdue = 已逾時 { $duration }
# $count：分鐘數
duration-minutes = { $count } 分鐘
# $count：小時數
duration-hours = { $count } 小時
# $count：天數
duration-days = { $count } 天
