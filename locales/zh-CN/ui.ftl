# Bridgedesk 界面文字 — 简体中文。
# 这里的每个 id 都必须在每种语言的 ui.ftl 中存在（由 ui/src/test/locales.test.ts 检查）。

## 语言本身的名称，在设置菜单中以其自身语言显示

locale-name = 简体中文

## 应用

app-name = Bridgedesk
app-starting = 正在打开工作区…
app-error-fallback = 出现问题（错误代码 { $code }），请重试。
app-error-unexpected = 应用窗口出现意外问题：{ $detail }
error-banner-dismiss = 关闭

## 欢迎页（空工作区）

welcome-title = 欢迎使用 Bridgedesk
welcome-line-1 = 一个收件箱处理所有买家消息：邮件、eBay、亚马逊、Shopee、TikTok Shop、Lazada 和 Telegram。
welcome-line-2 = 所有数据都保存在本机，断网时也能查看、搜索和回复。
welcome-demo = 用演示数据体验
welcome-demo-hint = 包含买家、订单和物流单号的真实感收件箱，不会向外发送任何消息。
welcome-demo-busy = 正在创建演示收件箱…
welcome-demo-busy-detail = 正在把演示会话写入本地数据库，需要几秒钟。
welcome-add-account = 添加账号
welcome-add-account-hint = 连接你的邮箱和各平台店铺。
add-account-title = 账号接入即将推出
add-account-coming = 邮箱（IMAP/SMTP）和平台账号（eBay、亚马逊、Shopee、TikTok Shop、Lazada、Telegram）的接入将在 Bridgedesk 后续版本中提供。
add-account-meanwhile = 在此之前，可以先用演示收件箱了解 Bridgedesk 的用法。
add-account-back = 返回

## 工作区损坏

unavailable-title = 无法打开工作区
unavailable-path = 数据库文件：
unavailable-not-recoverable = Bridgedesk 无法自行修复。请关闭应用，检查该文件及其所在文件夹，然后重新启动 Bridgedesk。
move-aside = 移走损坏的文件并重新开始
move-aside-question = Bridgedesk 会把损坏的文件改名保留在原文件夹中（不会删除任何内容），然后使用一个空的工作区。确定继续吗？
move-aside-confirm = 确定，移走文件
move-aside-cancel = 取消

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
due-in = { $duration }后到期
due-overdue = 已超时 { $duration }
duration-minutes = { $count } 分钟
duration-hours = { $count } 小时
duration-days = { $count } 天

## 会话窗格

pane-empty = 请选择一个会话
pane-loading = 正在打开会话…
pane-empty-hint = 用 j 和 k 在列表中上下移动，Enter 打开，? 查看全部快捷键。
header-store = 店铺
header-priority = 优先级
header-category = 问题类型
header-assignee = 负责人
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
message-html-title = 邮件原始格式（已屏蔽脚本和远程内容）
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

## 设置菜单

settings-open = 设置
settings-title = 设置
settings-language = 界面语言
settings-time-zone = 你的时区
settings-agent = 当前客服

## 键盘快捷键

help-title = 键盘快捷键
help-close = 关闭
shortcut-next = 下一个会话
shortcut-previous = 上一个会话
shortcut-open = 打开选中的会话
shortcut-reply = 回复（定位到输入框）
shortcut-resolve = 将当前会话标记为已解决
shortcut-search = 搜索
shortcut-help = 显示或隐藏本帮助
shortcut-escape = 关闭帮助，或离开输入框
shortcut-send = 发送回复（在回复框中）

## 渠道

channel-email = 邮件
channel-ebay = eBay
channel-amazon = 亚马逊
channel-shopee = Shopee
channel-tiktok-shop = TikTok Shop
channel-lazada = Lazada
channel-telegram = Telegram
channel-badge-email = 邮件
channel-badge-ebay = eBay
channel-badge-amazon = 亚马逊
channel-badge-shopee = Shopee
channel-badge-tiktok-shop = TikTok
channel-badge-lazada = Lazada
channel-badge-telegram = TG

## 会话状态、优先级、问题类型

status-open = 待处理
status-pending = 等待中
status-resolved = 已解决
status-closed = 已关闭
priority-low = 低
priority-normal = 普通
priority-high = 高
priority-urgent = 紧急
category-product = 产品咨询
category-order-logistics = 订单与物流
category-return-exchange = 退换货
category-repair = 维修
category-complaint = 投诉
category-other = 其他

## 消息作者

author-customer = 买家
author-agent = 客服
author-system = 系统
author-auto = 自动回复

## 订单与物流商

order-status-awaiting-payment = 待付款
order-status-paid = 已付款
order-status-shipped = 已发货
order-status-in-transit = 运输中
order-status-delivered = 已签收
order-status-returned = 已退回
order-status-cancelled = 已取消
order-status-refunded = 已退款
carrier-china-post = 中国邮政
carrier-ems = EMS
carrier-dhl = DHL
carrier-ups = UPS
carrier-fedex = FedEx
carrier-tnt = TNT
carrier-yanwen = 燕文物流
carrier-4px = 递四方 4PX
carrier-cainiao = 菜鸟
carrier-yunexpress = 云途物流
carrier-other = 专线
