# 收件箱：筛选栏、搜索和会话列表。

## 筛选栏

search-placeholder = 搜索消息…
search-label = 搜索消息
filter-status = 状态
filter-status-all = 全部状态
filter-channel = 渠道
filter-channel-all = 全部渠道
filter-store = 店铺
filter-store-all = 全部店铺
filter-language = 语言
filter-language-all = 全部语言
filter-category = 问题类型
filter-category-all = 全部类型
filter-assignee = 负责人
filter-assignee-all = 所有人
filter-assignee-unassigned = 未分配
inbox-total = 共 { $count } 个会话
inbox-total-capped = { $count }+ 个会话
inbox-total-title = 符合筛选条件的会话数
unread-count =
    { $count ->
        [0] 没有未读
       *[other] { $count } 个未读会话
    }
unread-title = 含未读消息的待处理和等待中会话

## 会话列表

list-label = 会话
list-empty = 没有符合筛选条件的会话。
list-empty-search = 没有搜索到相关消息。
row-unread = { $count } 条未读消息
row-priority = 优先级：{ $priority }
# 列表行中时间的提示。
# $relative (String) - 多久以前，已格式化，例如 "3小时前"、"昨天"
# $time (String) - 客服所在时区的日期和时间，例如 "2025年3月3日 14:05"
row-last-activity = 最近活动：{ $relative }（{ $time }）
due-in = { $duration }后到期
due-overdue = 已超时 { $duration }
duration-minutes = { $count } 分钟
duration-hours = { $count } 小时
duration-days = { $count } 天
