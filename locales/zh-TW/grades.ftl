# Settings → Rules: the thresholds that grade customers (key A/B, ordinary, small) and place
# them in segments (new, returning, potential, dormant).

grades-title = 客戶等級
grades-hint = 等級依買家在下方時間範圍內的訂單計算，金額以參考匯率換算為美元加總。儲存後會重新評定所有買家。
grades-window = 計算訂單的時間範圍（天）
grades-key-a = A 級重點客戶
grades-key-b = B 級重點客戶
grades-min-orders = 訂單數至少
grades-min-value = 且金額至少（美元）
grades-small = 小客戶：金額低於（美元）
grades-new = 新客戶：首筆訂單在（天）以內
grades-dormant = 休眠客戶：超過（天）未下單
grades-save = 儲存並重新評級
grades-saved = 已儲存，所有買家已重新評級。
grades-whole-number = 每一欄都請填入 0 或以上的整數。
