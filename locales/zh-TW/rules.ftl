# 規則、回覆模板與傳送前檢查：規則編輯面板及其試執行、編輯框的模板選擇器、傳送檢查的結果。

settings-rules-open = 規則與自動化…
rules-title = 規則
rules-close = 關閉
rules-new = 新增規則
rules-empty = 還沒有規則。先新增一條，用試執行檢驗，再啟用。
rules-enabled = 啟用
rules-enabled-title = 啟用或停用此規則
rules-move-up = 上移
rules-move-down = 下移
rules-delete = 刪除
rules-edit = 編輯
rules-export = 匯出 JSON
rules-import = 匯入 JSON
rules-import-label = 貼上匯出的規則集
rules-imported = 已匯入 { $count } 條規則。
rules-saved = 規則已儲存。

rules-name-label = 名稱
rules-name-placeholder = 例如：破損包裹設為緊急
rules-trigger-label = 觸發時機
rule-trigger-new-buyer-message = 收到買家訊息
rule-trigger-agent-reply = 客服回覆
rule-trigger-status-change = 狀態變更
rule-trigger-time = 經過一段時間
rules-anchor-label = 起算時間
rule-anchor-last-buyer-message = 買家最後一條訊息
rule-anchor-last-agent-message = 客服最後一次回覆
rule-anchor-status-change = 最後一次狀態變更
rules-after-minutes = 分鐘
rules-match-label = 條件
rules-match-all = 全部滿足
rules-match-any = 任一滿足
rules-add-condition = 新增條件
rules-add-action = 新增動作
rules-actions-label = 動作
rules-remove = 移除
rules-value-placeholder = 多個值用逗號分隔
rules-stop-after-match = 本規則命中後不再評估後面的規則
rules-save = 儲存規則
rules-cancel = 取消

rule-cond-channel = 通路
rule-cond-language = 語言
rule-cond-country = 國家/地區
rule-cond-category = 分類
rule-cond-logistics-problem = 物流問題
rule-cond-customer-grade = 客戶等級
rule-cond-segment = 客戶分群
rule-cond-keywords = 關鍵詞
rule-cond-regex = 正則表示式
rule-cond-priority = 優先順序
rule-cond-status = 狀態
rule-cond-business-hours = 在工作時間內
rule-cond-blacklisted = 買家在黑名單中
rule-cond-awaiting-agent = 等待客服回覆
rule-cond-yes = 是
rule-cond-no = 否

rule-act-assign = 分配給
rule-act-tag = 新增標籤
rule-act-set-priority = 設定優先順序
rule-act-set-category = 設定分類
rule-act-apply-sla-policy = 應用 SLA 策略
rule-act-set-status = 設定狀態
rule-act-auto-reply = 用模板自動回覆
rule-act-add-note = 新增內部備註
rule-act-notify = 通知客服

rules-dry-run = 試執行
rules-dry-run-limit = 最近對話數
rules-dry-run-title = 此規則會產生的效果
rules-dry-run-summary = { $total } 個對話中命中 { $matched } 個。
rules-col-conversation = 對話
rules-col-result = 結果
rules-col-why = 原因
rules-col-actions = 將執行
rules-result-matched = 命中
rules-result-not-matched = 未命中
rules-runs-title = 規則執行記錄

rule-outcome-matched = “{ $rule }”已命中
rule-outcome-not-matched = “{ $rule }”未命中
rule-outcome-disabled = “{ $rule }”已停用
rule-outcome-other-trigger = “{ $rule }”監聽的是其他觸發時機
rule-outcome-already-applied = “{ $rule }”已對此事件執行過
rule-outcome-stopped = “{ $rule }”被跳過：前面的規則終止了評估
rule-outcome-not-due = “{ $rule }”尚未到時間

rule-check-any-empty-passed = 沒有可檢查的備選條件
rule-check-any-empty-failed = 沒有備選條件：空的“任一”永不滿足
rule-check-not-passed = 被否定的條件不成立，符合要求
rule-check-not-failed = 被否定的條件成立
rule-check-keywords-passed = 找到關鍵詞“{ $actual }”（查詢 { $expected }）
rule-check-keywords-failed = 未出現關鍵詞 { $expected }
rule-check-regex-passed = 模式 { $expected } 匹配到“{ $actual }”
rule-check-regex-failed = 模式 { $expected } 不匹配
rule-check-channel-passed = 通路為 { $actual }
rule-check-channel-failed = 通路為 { $actual }，而不是 { $expected }
rule-check-store-id-passed = 店鋪為 { $actual }
rule-check-store-id-failed = 店鋪為 { $actual }，而不是 { $expected }
rule-check-language-passed = 語言為 { $actual }
rule-check-language-failed = 語言為 { $actual }，而不是 { $expected }
rule-check-country-passed = 國家/地區為 { $actual }
rule-check-country-failed = 國家/地區為 { $actual }，而不是 { $expected }
rule-check-category-passed = 分類為 { $actual }
rule-check-category-failed = 分類為 { $actual }，而不是 { $expected }
rule-check-logistics-problem-passed = 物流問題為 { $actual }
rule-check-logistics-problem-failed = 物流問題為 { $actual }，而不是 { $expected }
rule-check-customer-grade-passed = 客戶等級為 { $actual }
rule-check-customer-grade-failed = 客戶等級為 { $actual }，而不是 { $expected }
rule-check-segment-passed = 客戶分群為 { $actual }
rule-check-segment-failed = 客戶分群為 { $actual }，而不是 { $expected }
rule-check-order-value-passed = 訂單金額 { $actual } 滿足 { $expected }
rule-check-order-value-failed = 訂單金額 { $actual } 不滿足 { $expected }
rule-check-priority-passed = 優先順序為 { $actual }
rule-check-priority-failed = 優先順序為 { $actual }，而不是 { $expected }
rule-check-status-passed = 狀態為 { $actual }
rule-check-status-failed = 狀態為 { $actual }，而不是 { $expected }
rule-check-has-tag-passed = 含有 { $expected } 中的標籤
rule-check-has-tag-failed = 標籤 { $actual } 不含 { $expected } 中任何一個
rule-check-minutes-since-buyer-message-passed = 買家訊息已過 { $actual } 分鐘（{ $expected }）
rule-check-minutes-since-buyer-message-failed = 買家訊息已過 { $actual } 分鐘，要求 { $expected }
rule-check-minutes-since-agent-message-passed = 上次回覆已過 { $actual } 分鐘（{ $expected }）
rule-check-minutes-since-agent-message-failed = 上次回覆已過 { $actual } 分鐘，要求 { $expected }
rule-check-minutes-since-status-change-passed = 狀態變更已過 { $actual } 分鐘（{ $expected }）
rule-check-minutes-since-status-change-failed = 狀態變更已過 { $actual } 分鐘，要求 { $expected }
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
rule-check-business-hours-passed = 在工作時間內：{ $actual ->
        [true] 是
       *[other] 否
    }
rule-check-business-hours-failed = 在工作時間內：{ $actual ->
        [true] 是
       *[other] 否
    }，要求 { $expected ->
        [true] 是
       *[other] 否
    }
rule-check-blacklisted-passed = 買家在黑名單中：{ $actual ->
        [true] 是
       *[other] 否
    }
rule-check-blacklisted-failed = 買家在黑名單中：{ $actual ->
        [true] 是
       *[other] 否
    }，要求 { $expected ->
        [true] 是
       *[other] 否
    }

rule-action-assign = 分配給 { $agent }
rule-action-tag = 新增標籤“{ $tag }”
rule-action-set-priority = 將優先順序設為 { $priority }
rule-action-set-category = 將分類設為 { $category }
rule-action-apply-sla-policy = 應用 SLA 策略 { $policy }
rule-action-set-status = 將狀態設為 { $status }
rule-action-auto-reply = 用模板 { $template } 自動回覆
rule-action-add-note = 新增內部備註“{ $text }”
rule-action-notify = 通知 { $agent }

rules-invalid-json = 規則集不是有效的 JSON（第 { $line } 行，第 { $column } 列）。
rules-unknown-format = 這不是 Bridgedesk 規則集（格式“{ $format }”）。
rules-unsupported-version = 此版本的 Bridgedesk 不支援規則集版本 { $version }。
rules-too-many-rules = 規則過多：最多 { $max } 條。
rules-empty-rule-id = 第 { $index } 條規則沒有 ID。
rules-duplicate-rule-id = 規則 ID“{ $rule }”重複出現。
rules-no-actions = 規則“{ $rule }”沒有動作。
rules-invalid-regex = 規則“{ $rule }”的正則表示式無效：{ $pattern }
rules-regex-too-long = 規則“{ $rule }”的正則表示式超過 { $max } 位元組。
rules-condition-too-deep = 規則“{ $rule }”的條件巢狀超過 { $max } 層。
rules-negative-duration = 規則“{ $rule }”的時長為負數。
rules-unknown-template = 規則“{ $rule }”引用了不存在的模板“{ $template }”。
error-rules-invalid = 編輯器無法儲存這條規則。
template-no-variant = 模板“{ $template }”沒有任何語言的文字。
template-syntax = 模板“{ $template }”（{ $language }）無效。
template-missing-variable = 模板“{ $template }”（{ $language }）需要 { $variable }，但此對話沒有。
template-format = 模板“{ $template }”（{ $language }）無法填充。
template-unknown-time-zone = 買家的時區 { $zone } 未知。
error-template-unknown = 此模板已不存在。
error-reply-blocked = 回覆未傳送：其中包含平臺禁止的內容。請刪除高亮的文字。
error-demo-not-demo = 模擬訊息僅適用於示範工作區。
error-blacklist-reason-missing = 請填寫將此買家加入黑名單的原因。
error-grade-thresholds-invalid = 無法儲存這些等級閾值。

template-open = 模板
template-open-title = 插入回覆模板（{ $shortcut }）
template-search-placeholder = 搜尋模板
template-empty = 沒有匹配的模板。
template-language-label = 買家語言
template-insert = 插入
template-preview-label = 用你的語言預覽（{ $language }）
template-buyer-label = 發給買家（{ $language }）

send-check-title = 傳送前檢查
send-check-override = 仍然傳送
send-check-blocked = 刪除高亮的文字之前無法傳送。
send-check-warned = 請檢查高亮的文字；確認後仍可傳送。
send-check-sensitive-word-warn = “{ $text }”在敏感詞列表中。
send-check-email-address-warn = “{ $text }”是電子郵件地址（個人資訊）。
send-check-email-address-block = { $channel } 訊息中不允許出現“{ $text }”這樣的電子郵件地址。
send-check-phone-number-warn = “{ $text }”像是電話號碼（個人資訊）。
send-check-phone-number-block = { $channel } 訊息中不允許出現“{ $text }”這樣的電話號碼。
send-check-payment-card-block = “{ $text }”像是銀行卡號；切勿傳送卡資訊。
send-check-iban-warn = “{ $text }”像是銀行賬號（IBAN）。
send-check-iban-block = { $channel } 訊息中不允許出現“{ $text }”這樣的銀行資訊。
send-check-link-warn = 連結“{ $text }”只能指向訂單所需的內容。
send-check-link-block = { $channel } 訊息中不允許出現“{ $text }”這樣的連結。
send-check-off-platform-app-block = “{ $text }”會把買家引導到平臺之外，{ $channel } 禁止這樣做。

dev-simulate-message = 模擬買家訊息
dev-simulate-hint = 示範工具：透過與通路同步相同的路徑，向示範對話寫入一條真實的買家新訊息，以便看到規則生效。

## A value that is absent in a trace

rule-value-none = 無

## Sensitive-word lists

rules-words-title = 敏感詞
rules-words-hint = 傳送前檢查會在該語言的回覆包含這些詞時發出警告（每行一個）。
rules-words-language = 語言
rules-words-save = 儲存敏感詞

## The notice of a rule's "notify" action (in-app and as a desktop notification)

# $rule (String) - the rule's name as the agent wrote it
rules-notice-text = 規則「{ $rule }」提醒您關注
# $agent (String) - the agent the conversation is assigned to
rules-notice-agent = 提醒對象：{ $agent }
rules-notice-open = 開啟對話
rules-notice-dismiss = 關閉
