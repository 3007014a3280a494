# 发给客服人员的错误信息。消息 ID 为 error-<错误代码，点和下划线换成连字符>。

error-store-corrupt = 本地数据库文件已损坏，无法打开。没有任何内容被修改或删除。您可以将损坏的文件移到一旁（它会以新名称保留在同一文件夹中），然后从空收件箱开始。
error-store-too-new = 此数据库由更新版本的 Bridgedesk 创建（架构版本 { $found }；当前版本最高支持 { $supported }）。请更新 Bridgedesk。该文件未被修改。
error-store-busy = 数据库正被另一个 Bridgedesk 窗口或程序使用。请将其关闭后重试。
error-store-not-found = 此项目已不存在，可能已在另一个窗口中被删除。
error-store-io = 无法读取或写入数据库文件夹。请检查磁盘剩余空间和文件夹权限。
error-store-unknown-key = 无法导入数据：部分记录引用了缺失的其他记录。未保存任何内容。
error-store-invalid-tag = 标签过长：每个标签最多 40 个字符。
error-store-invalid-note = 不能保存空白备注。
error-store-invalid-reply = 不能发送空白回复。
error-store-internal = 发生了意外的数据库错误。您的数据未被修改。
error-workspace-not-open = 收件箱尚未打开。
error-workspace-not-empty = 只能将演示数据加载到空收件箱中。
error-workspace-not-corrupt = 数据库未损坏，因此没有移动任何文件。
error-settings-unknown-locale = 此语言不可用。
error-settings-unknown-time-zone = 无法识别此时区。
error-internal = Bridgedesk 内部出现问题。您的数据未被修改。
