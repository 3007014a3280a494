# 规则、回复模板与发送前检查：规则编辑面板及其试运行、编辑框的模板选择器、发送检查的结果。

settings-rules-open = 规则与自动化…
rules-title = 规则
rules-close = 关闭
rules-new = 新建规则
rules-empty = 还没有规则。先新建一条，用试运行检验，再启用。
rules-enabled = 启用
rules-enabled-title = 启用或停用此规则
rules-move-up = 上移
rules-move-down = 下移
rules-delete = 删除
rules-edit = 编辑
rules-export = 导出 JSON
rules-import = 导入 JSON
rules-import-label = 粘贴导出的规则集
rules-imported = 已导入 { $count } 条规则。
rules-saved = 规则已保存。

rules-name-label = 名称
rules-name-placeholder = 例如：破损包裹设为紧急
rules-trigger-label = 触发时机
rule-trigger-new-buyer-message = 收到买家消息
rule-trigger-agent-reply = 客服回复
rule-trigger-status-change = 状态变更
rule-trigger-time = 经过一段时间
rules-anchor-label = 起算时间
rule-anchor-last-buyer-message = 买家最后一条消息
rule-anchor-last-agent-message = 客服最后一次回复
rule-anchor-status-change = 最后一次状态变更
rules-after-minutes = 分钟
rules-match-label = 条件
rules-match-all = 全部满足
rules-match-any = 任一满足
rules-add-condition = 添加条件
rules-add-action = 添加动作
rules-actions-label = 动作
rules-remove = 移除
rules-value-placeholder = 多个值用逗号分隔
rules-stop-after-match = 本规则命中后不再评估后面的规则
rules-save = 保存规则
rules-cancel = 取消

rule-cond-channel = 渠道
rule-cond-language = 语言
rule-cond-country = 国家/地区
rule-cond-category = 分类
rule-cond-logistics-problem = 物流问题
rule-cond-customer-grade = 客户等级
rule-cond-segment = 客户分群
rule-cond-keywords = 关键词
rule-cond-regex = 正则表达式
rule-cond-priority = 优先级
rule-cond-status = 状态
rule-cond-business-hours = 在工作时间内
rule-cond-blacklisted = 买家在黑名单中
rule-cond-awaiting-agent = 等待客服回复
rule-cond-yes = 是
rule-cond-no = 否

rule-act-assign = 分配给
rule-act-tag = 添加标签
rule-act-set-priority = 设置优先级
rule-act-set-category = 设置分类
rule-act-apply-sla-policy = 应用 SLA 策略
rule-act-set-status = 设置状态
rule-act-auto-reply = 用模板自动回复
rule-act-add-note = 添加内部备注
rule-act-notify = 通知客服

rules-dry-run = 试运行
rules-dry-run-limit = 最近会话数
rules-dry-run-title = 此规则会产生的效果
rules-dry-run-summary = { $total } 个会话中命中 { $matched } 个。
rules-col-conversation = 会话
rules-col-result = 结果
rules-col-why = 原因
rules-col-actions = 将执行
rules-result-matched = 命中
rules-result-not-matched = 未命中
rules-runs-title = 规则运行记录

rule-outcome-matched = “{ $rule }”已命中
rule-outcome-not-matched = “{ $rule }”未命中
rule-outcome-disabled = “{ $rule }”已停用
rule-outcome-other-trigger = “{ $rule }”监听的是其他触发时机
rule-outcome-already-applied = “{ $rule }”已对此事件执行过
rule-outcome-stopped = “{ $rule }”被跳过：前面的规则终止了评估
rule-outcome-not-due = “{ $rule }”尚未到时间

rule-check-any-empty-passed = 没有可检查的备选条件
rule-check-any-empty-failed = 没有备选条件：空的“任一”永不满足
rule-check-not-passed = 被否定的条件不成立，符合要求
rule-check-not-failed = 被否定的条件成立
rule-check-keywords-passed = 找到关键词“{ $actual }”（查找 { $expected }）
rule-check-keywords-failed = 未出现关键词 { $expected }
rule-check-regex-passed = 模式 { $expected } 匹配到“{ $actual }”
rule-check-regex-failed = 模式 { $expected } 不匹配
rule-check-channel-passed = 渠道为 { $actual }
rule-check-channel-failed = 渠道为 { $actual }，而不是 { $expected }
rule-check-store-id-passed = 店铺为 { $actual }
rule-check-store-id-failed = 店铺为 { $actual }，而不是 { $expected }
rule-check-language-passed = 语言为 { $actual }
rule-check-language-failed = 语言为 { $actual }，而不是 { $expected }
rule-check-country-passed = 国家/地区为 { $actual }
rule-check-country-failed = 国家/地区为 { $actual }，而不是 { $expected }
rule-check-category-passed = 分类为 { $actual }
rule-check-category-failed = 分类为 { $actual }，而不是 { $expected }
rule-check-logistics-problem-passed = 物流问题为 { $actual }
rule-check-logistics-problem-failed = 物流问题为 { $actual }，而不是 { $expected }
rule-check-customer-grade-passed = 客户等级为 { $actual }
rule-check-customer-grade-failed = 客户等级为 { $actual }，而不是 { $expected }
rule-check-segment-passed = 客户分群为 { $actual }
rule-check-segment-failed = 客户分群为 { $actual }，而不是 { $expected }
rule-check-order-value-passed = 订单金额 { $actual } 满足 { $expected }
rule-check-order-value-failed = 订单金额 { $actual } 不满足 { $expected }
rule-check-priority-passed = 优先级为 { $actual }
rule-check-priority-failed = 优先级为 { $actual }，而不是 { $expected }
rule-check-status-passed = 状态为 { $actual }
rule-check-status-failed = 状态为 { $actual }，而不是 { $expected }
rule-check-has-tag-passed = 含有 { $expected } 中的标签
rule-check-has-tag-failed = 标签 { $actual } 不含 { $expected } 中任何一个
rule-check-minutes-since-buyer-message-passed = 买家消息已过 { $actual } 分钟（{ $expected }）
rule-check-minutes-since-buyer-message-failed = 买家消息已过 { $actual } 分钟，要求 { $expected }
rule-check-minutes-since-agent-message-passed = 上次回复已过 { $actual } 分钟（{ $expected }）
rule-check-minutes-since-agent-message-failed = 上次回复已过 { $actual } 分钟，要求 { $expected }
rule-check-minutes-since-status-change-passed = 状态变更已过 { $actual } 分钟（{ $expected }）
rule-check-minutes-since-status-change-failed = 状态变更已过 { $actual } 分钟，要求 { $expected }
rule-check-awaiting-agent-passed = 等待客服：{ $actual ->
        [true] 是
       *[other] 否
    }
rule-check-awaiting-agent-failed = 等待客服：{ $actual ->
        [true] 是
       *[other] 否
    }，要求 { $expected ->
        [true] 是
       *[other] 否
    }
rule-check-business-hours-passed = 在工作时间内：{ $actual ->
        [true] 是
       *[other] 否
    }
rule-check-business-hours-failed = 在工作时间内：{ $actual ->
        [true] 是
       *[other] 否
    }，要求 { $expected ->
        [true] 是
       *[other] 否
    }
rule-check-blacklisted-passed = 买家在黑名单中：{ $actual ->
        [true] 是
       *[other] 否
    }
rule-check-blacklisted-failed = 买家在黑名单中：{ $actual ->
        [true] 是
       *[other] 否
    }，要求 { $expected ->
        [true] 是
       *[other] 否
    }

rule-action-assign = 分配给 { $agent }
rule-action-tag = 添加标签“{ $tag }”
rule-action-set-priority = 将优先级设为 { $priority }
rule-action-set-category = 将分类设为 { $category }
rule-action-apply-sla-policy = 应用 SLA 策略 { $policy }
rule-action-set-status = 将状态设为 { $status }
rule-action-auto-reply = 用模板 { $template } 自动回复
rule-action-add-note = 添加内部备注“{ $text }”
rule-action-notify = 通知 { $agent }

rules-invalid-json = 规则集不是有效的 JSON（第 { $line } 行，第 { $column } 列）。
rules-unknown-format = 这不是 Bridgedesk 规则集（格式“{ $format }”）。
rules-unsupported-version = 此版本的 Bridgedesk 不支持规则集版本 { $version }。
rules-too-many-rules = 规则过多：最多 { $max } 条。
rules-empty-rule-id = 第 { $index } 条规则没有 ID。
rules-duplicate-rule-id = 规则 ID“{ $rule }”重复出现。
rules-no-actions = 规则“{ $rule }”没有动作。
rules-invalid-regex = 规则“{ $rule }”的正则表达式无效：{ $pattern }
rules-regex-too-long = 规则“{ $rule }”的正则表达式超过 { $max } 字节。
rules-condition-too-deep = 规则“{ $rule }”的条件嵌套超过 { $max } 层。
rules-negative-duration = 规则“{ $rule }”的时长为负数。
rules-unknown-template = 规则“{ $rule }”引用了不存在的模板“{ $template }”。
error-rules-invalid = 编辑器无法保存这条规则。
template-no-variant = 模板“{ $template }”没有任何语言的文本。
template-syntax = 模板“{ $template }”（{ $language }）无效。
template-missing-variable = 模板“{ $template }”（{ $language }）需要 { $variable }，但此会话没有。
template-format = 模板“{ $template }”（{ $language }）无法填充。
template-unknown-time-zone = 买家的时区 { $zone } 未知。
error-template-unknown = 此模板已不存在。
error-reply-blocked = 回复未发送：其中包含平台禁止的内容。请删除高亮的文字。
error-demo-not-demo = 模拟消息仅适用于演示工作区。
error-blacklist-reason-missing = 请填写将此买家加入黑名单的原因。
error-grade-thresholds-invalid = 无法保存这些等级阈值。

template-open = 模板
template-open-title = 插入回复模板（{ $shortcut }）
template-search-placeholder = 搜索模板
template-empty = 没有匹配的模板。
template-language-label = 买家语言
template-insert = 插入
template-preview-label = 用你的语言预览（{ $language }）
template-buyer-label = 发给买家（{ $language }）

send-check-title = 发送前检查
send-check-override = 仍然发送
send-check-blocked = 删除高亮的文字之前无法发送。
send-check-warned = 请检查高亮的文字；确认后仍可发送。
send-check-sensitive-word-warn = “{ $text }”在敏感词列表中。
send-check-email-address-warn = “{ $text }”是电子邮件地址（个人信息）。
send-check-email-address-block = { $channel } 消息中不允许出现“{ $text }”这样的电子邮件地址。
send-check-phone-number-warn = “{ $text }”像是电话号码（个人信息）。
send-check-phone-number-block = { $channel } 消息中不允许出现“{ $text }”这样的电话号码。
send-check-payment-card-block = “{ $text }”像是银行卡号；切勿发送卡信息。
send-check-iban-warn = “{ $text }”像是银行账号（IBAN）。
send-check-iban-block = { $channel } 消息中不允许出现“{ $text }”这样的银行信息。
send-check-link-warn = 链接“{ $text }”只能指向订单所需的内容。
send-check-link-block = { $channel } 消息中不允许出现“{ $text }”这样的链接。
send-check-off-platform-app-block = “{ $text }”会把买家引导到平台之外，{ $channel } 禁止这样做。

dev-simulate-message = 模拟买家消息
dev-simulate-hint = 演示工具：通过与渠道同步相同的路径，向演示会话写入一条真实的买家新消息，以便看到规则生效。

## A value that is absent in a trace

rule-value-none = 无

## Sensitive-word lists

rules-words-title = 敏感词
rules-words-hint = 发送前检查会在该语言的回复包含这些词时发出警告（每行一个）。
rules-words-language = 语言
rules-words-save = 保存敏感词

## The notice of a rule's "notify" action (in-app and as a desktop notification)

# $rule (String) - the rule's name as the agent wrote it
rules-notice-text = 规则“{ $rule }”提醒您关注
# $agent (String) - the agent the conversation is assigned to
rules-notice-agent = 提醒对象：{ $agent }
rules-notice-open = 打开会话
rules-notice-dismiss = 关闭
