# Settings → Rules: the thresholds that grade customers (key A/B, ordinary, small) and place
# them in segments (new, returning, potential, dormant).

grades-title = 客户等级
grades-hint = 等级根据买家在下方时间窗口内的订单计算，金额按参考汇率折算为美元汇总。保存后会重新评定所有买家。
grades-window = 统计订单的时间范围（天）
grades-key-a = A 类重点客户
grades-key-b = B 类重点客户
grades-min-orders = 订单数至少
grades-min-value = 且金额至少（美元）
grades-small = 小客户：金额低于（美元）
grades-new = 新客户：首单在（天）以内
grades-dormant = 沉睡客户：超过（天）未下单
grades-save = 保存并重新评级
grades-saved = 已保存，所有买家已重新评级。
grades-whole-number = 每一项都请填写 0 或以上的整数。
