# 核心傳送的團隊錯誤（AppError 訊息編號）。

error-store-invalid-team-name = 團隊需要一個不超過 60 個字元的名稱。
error-store-team-name-taken = 已有其他團隊使用這個名稱。
