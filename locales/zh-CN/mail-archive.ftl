# 对电子邮件会话的操作同步到邮箱：关闭时归档、标为未读。

mail-archive-on-close = 将已关闭的会话移至“归档”文件夹
mail-archive-on-close-hint = 解决或关闭电子邮件会话时，其邮件也会移出服务器上的收件箱（其他邮件应用会在“归档”中看到它们）。
action-mark-unread = 标为未读
action-mark-unread-title = 将买家的最后一封消息标为未读（u）
shortcut-mark-unread = 将当前会话标为未读
