# Grade thresholds the core refused (Settings → Rules → Customer grades), by what is wrong.

error-grade-thresholds-window = 時間範圍至少需要一天。
error-grade-thresholds-negative = 金額不可為負數。
error-grade-thresholds-key-order = A 級重點客戶的訂單數與金額門檻不得低於 B 級。
error-grade-thresholds-small = 小客戶的金額上限必須低於 B 級重點客戶的金額門檻。
