# Grade thresholds the core refused (Settings → Rules → Customer grades), by what is wrong.

error-grade-thresholds-window = 期間は 1 日以上にしてください。
error-grade-thresholds-negative = 金額にマイナスは使えません。
error-grade-thresholds-key-order = 重要顧客 A の注文数と金額の条件は、重要顧客 B 以上にしてください。
error-grade-thresholds-small = 小口顧客の上限は、重要顧客 B の金額条件より小さくしてください。
