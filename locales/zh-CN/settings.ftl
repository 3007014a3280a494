# 设置菜单和键盘快捷键。

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
