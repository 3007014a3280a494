# 設定選單和鍵盤快速鍵。

## 設定選單

settings-open = 設定
settings-title = 設定
settings-language = 介面語言
settings-time-zone = 您的時區
# $zone (String) - 作業系統的 IANA 時區，例如 "Asia/Taipei"
settings-time-zone-system = 依系統設定（{ $zone }）
settings-time-zone-search = 搜尋時區…
settings-time-zone-list = 時區清單
# $query (String) - 客服人員在時區搜尋框輸入的文字
settings-time-zone-none = 沒有符合「{ $query }」的時區。
# $offset (String) - 該時區目前與 UTC 的時差，已格式化，例如 "+08:00" 或 "−03:00"
settings-time-zone-offset = UTC{ $offset }
settings-agent = 登入身分

## 開發人員選項（設定選單最下方的摺疊區塊）

settings-developer = 開發人員選項
settings-pseudo-locale = 虛擬語系
settings-pseudo-locale-hint = 將所有文字加上重音符號並加長顯示，用來找出被截斷或未翻譯的文字。

## 鍵盤快速鍵

help-title = 鍵盤快速鍵
help-close = 關閉
shortcut-next = 下一個對話
shortcut-previous = 上一個對話
shortcut-open = 開啟選取的對話
shortcut-reply = 回覆（移至回覆框）
shortcut-resolve = 將目前對話標為已解決
shortcut-search = 搜尋
shortcut-help = 顯示或隱藏此說明
shortcut-escape = 關閉此說明，或離開文字欄位
shortcut-send = 傳送回覆（在回覆框中）
