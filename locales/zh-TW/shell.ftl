# 由 Rust 端格式化的字串：視窗標題和命令列。

shell-window-title = Bridgedesk — 收件匣
# $count：未讀數量
shell-window-title-unread = { $count ->
    [0] Bridgedesk — 收件匣
   *[other] Bridgedesk — 收件匣（{ $count } 則未讀）
}
# $conversations、$messages：產生的對話數和訊息數；$path：資料庫檔案路徑；$seconds：耗時秒數
cli-generated = 已產生 { $conversations } 個對話、{ $messages } 則訊息，寫入 { $path }，耗時 { $seconds } 秒。
# 各項目的數量；$schema：結構描述版本；$megabytes：檔案大小（MB）
cli-stats = 賣場：{ $stores } · 客戶：{ $customers } · 訂單：{ $orders } · 對話：{ $conversations } · 訊息：{ $messages } · 待傳送回覆：{ $queued } · 結構描述：v{ $schema } · 檔案：{ $megabytes } MB
# $query：搜尋字詞
cli-search-none = 沒有符合「{ $query }」的對話。
# $count：符合的對話數；$query：搜尋字詞；$capped：yes 表示結果已設上限，只計算最新的符合項目
cli-search-count = 有 { $count } 個對話符合「{ $query }」{ $capped ->
    [yes] （僅限最新的符合結果）
   *[no] {""}
}。
