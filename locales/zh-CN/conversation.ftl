# 单个会话：标题、操作、消息记录、投递状态、备注、回复框、客户面板。

## 会话窗格

pane-empty = 请选择一个会话
pane-loading = 正在打开会话…
pane-empty-hint = 用 j 和 k 在列表中上下移动，Enter 打开，? 查看全部快捷键。
header-store = 店铺
header-priority = 优先级
header-category = 问题类型
header-assignee = 负责人
# $relative (String) - 最后一条消息或改动是多久以前，例如 "3小时前"、"昨天"
header-last-activity = 最近活动：{ $relative }
# 会话标题栏中回复期限的提示。
# $time (Date) - 期限，按客服所在时区显示，例如 "2025年3月3日 14:05"
header-due-at = 请在 { $time } 前回复
assignee-none = 未分配
assign-label = 分配给
action-resolve = 标记已解决
action-resolve-title = 标记为已解决（e）
action-pending = 设为等待中
action-pending-title = 等待买家回复：回复时效暂停计时
action-reopen = 重新打开
action-reopen-title = 重新打开此会话
tag-add-placeholder = 添加标签…
tag-remove = 删除标签 { $tag }
thread-label = 消息和内部备注
message-via = 来自 { $channel }
message-show-html = 显示原始格式
message-show-text = 显示纯文本
note-label = 内部备注
note-placeholder = 添加内部备注，仅团队成员可见
note-add = 添加备注
composer-label = 回复
composer-placeholder = 回复 { $customer }…
composer-hint = Ctrl+Enter 发送 · 草稿自动保存在本机
composer-hint-mac = ⌘+Enter 发送 · 草稿自动保存在本机
composer-send = 发送
composer-sending = 正在加入发件箱…
composer-send-title = 回复先进入发件箱，渠道连通后立即发出

## 外发消息的投递状态

delivery-queued = 排队中
delivery-sending = 发送中
delivery-sent = 已发送
delivery-accepted = 平台已接收
delivery-failed = 发送失败
delivery-queued-hint = 在发件箱中等待，渠道可用时自动发送
delivery-sending-hint = 正在发送到渠道
delivery-sent-hint = 已发送到渠道
delivery-accepted-hint = 平台或邮件服务器已接收这条消息
delivery-failed-hint = 发送失败，Bridgedesk 会自动重试
delivery-error-unknown = 投递出现问题（{ $code }）

## 客户面板

customer-empty = 打开会话后，这里会显示买家信息。
customer-country = 国家/地区
customer-language = 语言
customer-local-time = 当地时间
customer-local-time-unknown = 未知（没有国家/地区信息）
buyer-time-same = 与你时间相同
buyer-time-behind = 比你慢 { $hours } 小时
buyer-time-ahead = 比你快 { $hours } 小时
customer-identities = 各渠道账号
customer-orders =
    { $count ->
        [0] 订单
       *[other] 订单（{ $count }）
    }
customer-no-orders = 该买家没有关联的订单。
order-number = 订单号
order-item-quantity = { $quantity } ×
order-total = 合计
order-carrier-unknown = 物流商未知
order-tracking-title = 物流单号，点击即可全选
