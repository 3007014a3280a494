# 郵件中的遠端圖片，由應用程式在客服允許後下載。
mail-images-loading = 正在載入圖片…
# $count: 無法載入的圖片數量（遭拒絕或無法連線）
mail-images-failed = 有 { $count } 張圖片無法載入。
mail-images-retry-later = 無法連線的圖片會在您下次開啟此郵件時重新下載，例如網路恢復之後。
mail-images-retry = 重試
