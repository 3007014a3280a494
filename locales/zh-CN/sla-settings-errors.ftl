# SLA settings messages formatted by Rust: core errors and the native notification title.

# 系统通知标题。
# $count (Number) - 刚进入预警的会话数
sla-alert-notification-title = { $count } 个会话即将超时

## SLA 设置错误

error-sla-empty-name = 请为日历或策略命名。
error-sla-unknown-zone = 请从列表中选择时区。
# $weekday (Number) - 1 = 星期一 … 7 = 星期日
error-sla-bad-interval = 星期 { $weekday } 的某个营业时段不是 HH:MM-HH:MM 格式。
# $row (Number) - 日期列表中的行号
error-sla-bad-date = 日期列表第 { $row } 行需要有效日期。
# $row (Number) - 日期列表中的行号
error-sla-bad-day-hours = 日期列表第 { $row } 行的时间需写成 HH:MM-HH:MM。
error-sla-unknown-calendar = 某个目标按工作时间计时，但所用日历不存在。
error-sla-negative-target = 目标和预警提前量不能为负数。
error-sla-no-default = 必须保留一个默认日历。
# $line (Number) - 文件中的行号
error-sla-bad-ics = 无法读取该 .ics 文件（第 { $line } 行）。
error-sla-unknown-set = 没有该国家和年份的内置节假日集。
error-sla-not-found = 该策略或日历已不存在。
error-sla-already-attached = 日历“{ $calendar }”已经用于这个团队或店铺的工作时间。请先在那里取消关联。
