# SLA 设置：工作日历（时区、每周营业时间、节假日、日期例外）、有序的策略（条件、目标、预警提前量）、
# “重新计算历史”，以及超时前的提醒。

sla-settings-open = SLA 日历与策略…
sla-settings-title = SLA 日历与策略
sla-settings-tab-calendars = 日历
sla-settings-tab-policies = 策略
sla-settings-close = 关闭
sla-settings-loading = 正在加载…
sla-settings-remove = 删除

## 日历

sla-settings-calendar = 日历
sla-settings-add-calendar = 新建日历
sla-settings-new-calendar = （新日历）
sla-settings-calendar-name = 名称
sla-settings-calendar-zone = 时区
sla-settings-calendar-applies = 适用于
sla-settings-calendar-default = 所有没有专属日历的店铺（默认）
sla-settings-calendar-unattached = 仅限指定它的策略
sla-settings-weekly = 每周营业时间
sla-settings-weekly-hint = 每段时间写成 HH:MM-HH:MM。午休或分班可添加多段；结束早于开始表示跨越午夜（22:00-02:00）。
sla-settings-day-mon = 星期一
sla-settings-day-tue = 星期二
sla-settings-day-wed = 星期三
sla-settings-day-thu = 星期四
sla-settings-day-fri = 星期五
sla-settings-day-sat = 星期六
sla-settings-day-sun = 星期日
sla-settings-closed-all-day = 休息
# $day (String) - 星期名称
sla-settings-interval-label = { $day }的营业时段
sla-settings-add-interval = + 时段
sla-settings-days = 节假日与日期例外
sla-settings-holiday-set = 节假日集
# $year (String) - 年份
sla-settings-region-cn = 中国 { $year }
sla-settings-region-us = 美国 { $year }
sla-settings-region-de = 德国 { $year }
sla-settings-region-br = 巴西 { $year }
sla-settings-import-set = 导入节假日集
sla-settings-import-ics = 导入 .ics 文件
# $count (Number) - 导入的天数
sla-settings-imported = 已导入 { $count } 天。保存日历后生效。
sla-settings-day-date = 日期
sla-settings-day-kind = 类型
sla-settings-day-label = 名称或原因
sla-settings-day-hours = 时间
sla-settings-kind-holiday = 节假日（休息）
sla-settings-kind-working-day = 调休上班
sla-settings-kind-closed = 休息
sla-settings-kind-half-day = 半天
sla-settings-kind-special-hours = 特殊时间
sla-settings-add-day = + 日期
# $count (Number) - 日期数
sla-settings-day-count = 共 { $count } 个日期
sla-settings-save-calendar = 保存日历
sla-settings-saved-calendar = 日历已保存，从现在起计算的时钟将使用它。

## 策略

sla-settings-policies-hint = 按顺序匹配，第一个条件符合的策略生效。
# $version (Number) - 版本号
sla-settings-version = 第 { $version } 版
# $name (String) - 策略名称
sla-settings-move-up = 上移 { $name }
sla-settings-move-down = 下移 { $name }
sla-settings-add-policy = 新建策略
sla-settings-policy-name = 名称
sla-settings-conditions = 条件
sla-settings-conditions-hint = 某组不勾选即匹配任意值。
sla-settings-channels = 渠道
sla-settings-stores = 店铺
sla-settings-priorities = 优先级
sla-settings-grades = 客户等级
sla-settings-grade-a = A 类重点客户
sla-settings-grade-b = B 类重点客户
sla-settings-grade-ordinary = 普通客户
sla-settings-grade-small = 小客户
sla-settings-grade-blacklist = 黑名单
sla-settings-categories = 类别
sla-settings-languages = 语言（如 es, pt-BR）
sla-settings-targets = 目标
sla-settings-metric-first = 首次响应
sla-settings-metric-next = 后续响应
sla-settings-metric-resolution = 解决
sla-settings-minutes = 分钟
sla-settings-basis = 计时方式
sla-settings-basis-business = 工作时间
sla-settings-basis-calendar = 自然时间（全天计时）
sla-settings-calendar-own = 会话所属店铺的日历
sla-settings-no-target = 无目标
sla-settings-warn-before = 提前预警
# $version (Number) - 将创建的版本号
sla-settings-save-hint = 保存将创建第 { $version } 版；在重新计算历史之前，已有会话保持原版本。
sla-settings-save-policy = 保存策略
sla-settings-saved-policy = 策略已保存为新版本，适用于新的时钟。
sla-settings-delete-policy = 删除策略
sla-settings-deleted-policy = 策略已删除。其会话将在下次计算时使用第一个匹配的策略。

## 重新计算历史

sla-settings-recompute = 重新计算历史
sla-settings-recompute-hint = 重新计算历史会用当前日历和策略重新评估所有会话的时钟。
# $changed (Number) - 发生变化的会话数
# $total (Number) - 重新评估的会话数
# $ms (Number) - 耗时（毫秒）
sla-settings-recomputed = 已重新计算 { $total } 个会话，用时 { $ms } 毫秒：{ $changed } 个有变化。

## 超时前提醒

# $count (Number) - 刚进入预警的会话数
sla-alert-text = { $count } 个会话即将超时，最紧急的是：
# $due (String) - 客服时区中的截止时间
sla-alert-due = 截止 { $due }
sla-alert-open = 打开最紧急的会话
sla-alert-dismiss = 忽略
