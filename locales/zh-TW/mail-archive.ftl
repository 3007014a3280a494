# 對電子郵件對話的操作同步到信箱：關閉時封存、標示為未讀。

mail-archive-on-close = 將已關閉的對話移至「封存」資料夾
mail-archive-on-close-hint = 解決或關閉電子郵件對話時，其郵件也會移出伺服器上的收件匣（其他郵件應用程式會在「封存」中看到它們）。
action-mark-unread = 標示為未讀
action-mark-unread-title = 將買家的最後一則訊息標示為未讀（u）
shortcut-mark-unread = 將目前的對話標示為未讀
