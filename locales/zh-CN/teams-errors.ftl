# 核心发送的团队错误（AppError 消息编号）。

error-store-invalid-team-name = 团队需要一个不超过 60 个字符的名称。
error-store-team-name-taken = 已有其他团队使用这个名称。
