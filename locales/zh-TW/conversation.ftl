# 單一對話：標題、操作、訊息串、傳送狀態、備註、回覆框、客戶面板。

## 對話窗格

pane-empty = 請選擇一個對話
pane-loading = 正在開啟對話…
pane-empty-hint = 用 j 和 k 在清單中上下移動，Enter 開啟，? 查看所有快速鍵。
header-store = 賣場
header-priority = 優先順序
header-category = 問題類型
header-assignee = 負責人
# $relative (String) - 最後一則訊息或變更距今多久，例如「3 小時前」、「昨天」
header-last-activity = 最近活動：{ $relative }
# 對話標題列中回覆期限的提示文字。
# $time (Date) - 期限，以客服人員的時區顯示，例如「2025年3月3日 下午2:05」
header-due-at = 請在 { $time } 前回覆
assignee-none = 未指派
assign-label = 指派給
action-resolve = 標為已解決
action-resolve-title = 標為已解決（e）
action-pending = 設為等待中
action-pending-title = 等待買家回覆：回覆時限暫停計時
action-reopen = 重新開啟
action-reopen-title = 重新開啟此對話
tag-add-placeholder = 新增標籤…
# $tag：標籤名稱
tag-remove = 移除標籤 { $tag }
thread-label = 訊息和內部備註
# $channel：管道名稱，例如 eBay
message-via = 透過 { $channel }
message-show-html = 顯示原始格式
message-show-text = 顯示純文字
note-label = 內部備註
note-placeholder = 新增內部備註，僅團隊成員可見
note-add = 新增備註
composer-label = 回覆
# $customer：買家名稱
composer-placeholder = 回覆 { $customer }…
composer-hint = Ctrl+Enter 傳送 · 草稿會自動儲存在本機
composer-hint-mac = ⌘+Enter 傳送 · 草稿會自動儲存在本機
composer-send = 傳送
composer-sending = 正在加入寄件匣…
composer-send-title = 將回覆放入寄件匣，管道連線後立即傳送

## 外寄訊息的傳送狀態

delivery-queued = 待傳送
delivery-sending = 傳送中
delivery-sent = 已傳送
delivery-accepted = 平台已接收
delivery-failed = 傳送失敗
delivery-queued-hint = 在寄件匣中等待，管道可用時自動傳送
delivery-sending-hint = 正在傳送至管道
delivery-sent-hint = 已傳送至管道
delivery-accepted-hint = 平台或郵件伺服器已接收此訊息
delivery-failed-hint = 無法傳送，Bridgedesk 會自動重試
# $code：錯誤代碼
delivery-error-unknown = 傳送發生問題（{ $code }）

## 客戶面板

customer-empty = 開啟對話後，這裡會顯示買家資料。
customer-country = 國家/地區
customer-language = 語言
customer-local-time = 當地時間
customer-local-time-unknown = 未知（沒有國家/地區資料）
buyer-time-same = 與您時間相同
# $hours：買家比您慢的小時數（正數）
buyer-time-behind = 比您慢 { $hours } 小時
# $hours：買家比您快的小時數（正數）
buyer-time-ahead = 比您快 { $hours } 小時
customer-identities = 各管道帳號
# $count：此買家的訂單數
customer-orders =
    { $count ->
        [0] 訂單
       *[other] 訂單（{ $count }）
    }
customer-no-orders = 此買家沒有關聯的訂單。
order-number = 訂單編號
# $quantity：商品數量
order-item-quantity = { $quantity } ×
order-total = 總計
order-carrier-unknown = 物流商不明
order-tracking-title = 追蹤編號，點一下即可全選
