# 應用程式外框：視窗、歡迎畫面、工作區損毀。

## 語言本身的名稱，在設定選單中以該語言顯示

locale-name = 繁體中文（台灣）

## 應用程式

app-name = Bridgedesk
app-starting = 正在開啟工作區…
# $code：錯誤代碼
app-error-fallback = 發生問題（錯誤代碼 { $code }），請再試一次。
# $detail：錯誤的技術細節（通常為英文）
app-error-unexpected = 應用程式視窗發生非預期的問題：{ $detail }
error-banner-dismiss = 關閉

## 歡迎畫面（空白工作區）

welcome-title = 歡迎使用 Bridgedesk
welcome-line-1 = 一個收件匣處理所有買家訊息：電子郵件、eBay、Amazon、Shopee、TikTok Shop、Lazada 和 Telegram。
welcome-line-2 = 所有資料都儲存在這台電腦上，離線時也能查看、搜尋和回覆。
welcome-demo = 使用示範資料體驗
welcome-demo-hint = 含買家、訂單和追蹤編號的擬真收件匣，不會對外傳送任何內容。
welcome-demo-busy = 正在建立示範收件匣…
welcome-demo-busy-detail = 正在將示範對話寫入本機資料庫，需要幾秒鐘。
welcome-add-account = 新增帳號
welcome-add-account-hint = 連結您的電子郵件和各平台賣場。

## 工作區損毀

unavailable-title = 無法開啟您的工作區
unavailable-path = 資料庫檔案：
unavailable-not-recoverable = Bridgedesk 無法自行修復此問題。請關閉應用程式，檢查該檔案及其所在資料夾，然後重新啟動 Bridgedesk。
move-aside = 移開損毀的檔案並重新開始
move-aside-question = Bridgedesk 會將損毀的檔案重新命名（保留在新檔案旁，不會刪除任何內容），並以空白工作區重新開始。要繼續嗎？
move-aside-confirm = 是，移開檔案
move-aside-cancel = 取消
