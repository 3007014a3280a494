# 由 Rust 端格式化的字符串：窗口标题和命令行。

shell-window-title = Bridgedesk — 收件箱
shell-window-title-unread = { $count ->
    [0] Bridgedesk — 收件箱
   *[other] Bridgedesk — 收件箱（{ $count } 条未读）
}
cli-generated = 已生成 { $conversations } 个会话、{ $messages } 条消息，写入 { $path }，用时 { $seconds } 秒。
cli-stats = 店铺：{ $stores } · 客户：{ $customers } · 订单：{ $orders } · 会话：{ $conversations } · 消息：{ $messages } · 待发送回复：{ $queued } · 架构：v{ $schema } · 文件：{ $megabytes } MB
cli-search-none = 没有与“{ $query }”匹配的会话。
cli-search-count = { $count } 个会话与“{ $query }”匹配{ $capped ->
    [yes] （仅在最新的匹配结果中）
   *[no] {""}
}。
