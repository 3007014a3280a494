# 应用外壳：窗口、欢迎页、工作区损坏。

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

## 工作区损坏

unavailable-title = 无法打开工作区
unavailable-path = 数据库文件：
unavailable-not-recoverable = Bridgedesk 无法自行修复。请关闭应用，检查该文件及其所在文件夹，然后重新启动 Bridgedesk。
move-aside = 移走损坏的文件并重新开始
move-aside-question = Bridgedesk 会把损坏的文件改名保留在原文件夹中（不会删除任何内容），然后使用一个空的工作区。确定继续吗？
move-aside-confirm = 确定，移走文件
move-aside-cancel = 取消
