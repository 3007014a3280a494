# Grade thresholds the core refused (Settings → Rules → Customer grades), by what is wrong.

error-grade-thresholds-window = 时间范围至少为一天。
error-grade-thresholds-negative = 金额不能为负数。
error-grade-thresholds-key-order = A 类重点客户的订单数和金额要求不能低于 B 类。
error-grade-thresholds-small = 小客户的金额上限必须低于 B 类重点客户的金额要求。
