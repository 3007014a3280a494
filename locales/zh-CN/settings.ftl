# 设置菜单和键盘快捷键。

## 设置菜单

settings-open = 设置
settings-title = 设置
settings-language = 界面语言
settings-time-zone = 你的时区
# $zone (String) - 操作系统的 IANA 时区，例如 "Asia/Shanghai"
settings-time-zone-system = 跟随系统（{ $zone }）
settings-time-zone-search = 搜索时区…
settings-time-zone-list = 时区列表
# $query (String) - 客服在时区搜索框中输入的文字
settings-time-zone-none = 没有与“{ $query }”匹配的时区。
# $offset (String) - 该时区当前与 UTC 的时差，已格式化，例如 "+08:00" 或 "−03:00"
settings-time-zone-offset = UTC{ $offset }
settings-agent = 当前客服

## 开发者选项（设置菜单末尾的折叠区）

settings-developer = 开发者选项
settings-pseudo-locale = 伪本地化
settings-pseudo-locale-hint = 把所有文字显示为带重音符号、加长的英文，用来发现被截断或未翻译的文字。

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
