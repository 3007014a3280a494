# 团队（客服组）：SLA 设置中的“团队”页、会话所属团队、团队筛选、日历所属团队、审计中“使用哪个日历及原因”，以及规则中的团队条件和动作。

teams-tab = 团队
teams-hint = 由某个团队处理的会话按该团队的日历计算工作时间，优先于店铺日历和默认日历。请在“日历”页把日历关联到团队。
teams-empty = 还没有团队。
teams-name = 团队名称
teams-add = 添加团队
teams-save = 保存
teams-cancel = 取消
teams-rename = 重命名
teams-delete = 删除
# $team (String) - 团队名称；$count (Number) - 团队处理的会话数
teams-delete-confirm = { $count ->
    [0] 删除团队“{ $team }”？它没有处理中的会话；它的日历将被解除关联，其他内容不会丢失。
   *[other] 删除团队“{ $team }”？它的 { $count } 个会话和日历将被解除关联，改按店铺日历或默认日历计时；其他内容不会丢失。
}
# $count (Number) - 团队处理的会话数
teams-conversations = { $count } 个会话
# $calendar (String) - 关联到团队的日历名称
teams-calendar = 日历：{ $calendar }
teams-no-calendar = 没有自己的日历
teams-calendar-team = 关联到团队
teams-none = 无团队
teams-choose = 选择团队
teams-header-team = 团队
teams-filter = 团队
teams-filter-all = 全部团队
teams-filter-none = 无团队

## 时钟审计：使用了哪个日历及原因
# $calendar (String) - 日历名称；$team (String) - 团队名称
teams-audit-calendar-team = 按团队“{ $team }”的日历“{ $calendar }”计时
# $calendar (String) - 日历名称
teams-audit-calendar-shop = 按店铺日历“{ $calendar }”计时（团队没有日历）
# $calendar (String) - 日历名称
teams-audit-calendar-default = 按默认日历“{ $calendar }”计时（团队和店铺都没有日历）
# $calendar (String) - 日历名称
teams-audit-calendar-policy = 按策略指定的日历“{ $calendar }”计时

## 规则
teams-rule-cond-team = 团队
teams-rule-act-assign-team = 分配给团队
# $team (String) - 团队名称
rule-action-assign-team = 转到团队 { $team }
# $actual (String) - 会话的团队；$expected (String) - 规则要求的团队
rule-check-team-passed = 团队为 { $actual }
rule-check-team-failed = 团队为 { $actual }，不是 { $expected }
