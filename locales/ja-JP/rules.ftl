# ルール、返信テンプレート、送信前チェック。

settings-rules-open = ルールと自動化…
rules-title = ルール
rules-close = 閉じる
rules-new = 新しいルール
rules-empty = まだルールがありません。作成してドライランで確かめてから有効にしてください。
rules-enabled = 有効
rules-enabled-title = ルールを有効または無効にする
rules-move-up = 上へ
rules-move-down = 下へ
rules-delete = 削除
rules-edit = 編集
rules-export = JSON を書き出す
rules-import = JSON を読み込む
rules-import-label = 書き出したルールセットを貼り付けてください
rules-imported = { $count } 件のルールを読み込みました。
rules-saved = ルールを保存しました。

rules-name-label = 名前
rules-name-placeholder = 例：破損した荷物は緊急
rules-trigger-label = タイミング
rule-trigger-new-buyer-message = 購入者からメッセージが届いたとき
rule-trigger-agent-reply = 担当者が返信したとき
rule-trigger-status-change = ステータスが変わったとき
rule-trigger-time = 時間が経過したとき
rules-anchor-label = 起点
rule-anchor-last-buyer-message = 購入者の最後のメッセージ
rule-anchor-last-agent-message = 担当者の最後の返信
rule-anchor-status-change = 最後のステータス変更
rules-after-minutes = 分
rules-match-label = 条件
rules-match-all = すべて満たす
rules-match-any = いずれかを満たす
rules-add-condition = 条件を追加
rules-add-action = アクションを追加
rules-actions-label = アクション
rules-remove = 削除
rules-value-placeholder = 値はカンマで区切ります
rules-stop-after-match = このルールが一致したら後続のルールを評価しない
rules-save = ルールを保存
rules-cancel = キャンセル

rule-cond-channel = チャネル
rule-cond-language = 言語
rule-cond-country = 国
rule-cond-category = カテゴリ
rule-cond-logistics-problem = 配送の問題
rule-cond-customer-grade = 顧客ランク
rule-cond-segment = セグメント
rule-cond-keywords = キーワード
rule-cond-regex = 正規表現
rule-cond-priority = 優先度
rule-cond-status = ステータス
rule-cond-business-hours = 営業時間内
rule-cond-blacklisted = 購入者がブラックリストにいる
rule-cond-awaiting-agent = 担当者の返信待ち
rule-cond-yes = はい
rule-cond-no = いいえ

rule-act-assign = 担当者を割り当て
rule-act-tag = タグを追加
rule-act-set-priority = 優先度を設定
rule-act-set-category = カテゴリを設定
rule-act-apply-sla-policy = SLA ポリシーを適用
rule-act-set-status = ステータスを設定
rule-act-auto-reply = テンプレートで自動返信
rule-act-add-note = 社内メモを追加
rule-act-notify = 担当者に通知

rules-dry-run = ドライラン
rules-dry-run-limit = 直近の会話数
rules-dry-run-title = このルールが行っていたこと
rules-dry-run-summary = { $total } 件の会話のうち { $matched } 件に一致します。
rules-col-conversation = 会話
rules-col-result = 結果
rules-col-why = 理由
rules-col-actions = 実行内容
rules-result-matched = 一致
rules-result-not-matched = 不一致
rules-runs-title = ルールの実行記録

rule-outcome-matched = 「{ $rule }」が一致しました
rule-outcome-not-matched = 「{ $rule }」は一致しませんでした
rule-outcome-disabled = 「{ $rule }」は無効です
rule-outcome-other-trigger = 「{ $rule }」は別のタイミングで動きます
rule-outcome-already-applied = 「{ $rule }」はこのイベントで実行済みです
rule-outcome-stopped = 「{ $rule }」はスキップされました：前のルールが評価を止めました
rule-outcome-not-due = 「{ $rule }」はまだ期限前です

rule-check-any-empty-passed = 確認する選択肢がありません
rule-check-any-empty-failed = 選択肢がありません：空の「いずれか」は成立しません
rule-check-not-passed = 否定した条件は成立せず、要件どおりです
rule-check-not-failed = 否定した条件が成立しています
rule-check-keywords-passed = キーワード「{ $actual }」が見つかりました（検索：{ $expected }）
rule-check-keywords-failed = キーワード { $expected } はどれも含まれていません
rule-check-regex-passed = パターン { $expected } が「{ $actual }」に一致
rule-check-regex-failed = パターン { $expected } は一致しません
rule-check-channel-passed = チャネルは { $actual }
rule-check-channel-failed = チャネルは { $actual } で、{ $expected } ではありません
rule-check-store-id-passed = ストアは { $actual }
rule-check-store-id-failed = ストアは { $actual } で、{ $expected } ではありません
rule-check-language-passed = 言語は { $actual }
rule-check-language-failed = 言語は { $actual } で、{ $expected } ではありません
rule-check-country-passed = 国は { $actual }
rule-check-country-failed = 国は { $actual } で、{ $expected } ではありません
rule-check-category-passed = カテゴリは { $actual }
rule-check-category-failed = カテゴリは { $actual } で、{ $expected } ではありません
rule-check-logistics-problem-passed = 配送の問題は { $actual }
rule-check-logistics-problem-failed = 配送の問題は { $actual } で、{ $expected } ではありません
rule-check-customer-grade-passed = 顧客ランクは { $actual }
rule-check-customer-grade-failed = 顧客ランクは { $actual } で、{ $expected } ではありません
rule-check-segment-passed = セグメントは { $actual }
rule-check-segment-failed = セグメントは { $actual } で、{ $expected } ではありません
rule-check-order-value-passed = 注文金額 { $actual } は { $expected } を満たします
rule-check-order-value-failed = 注文金額 { $actual } は { $expected } を満たしません
rule-check-priority-passed = 優先度は { $actual }
rule-check-priority-failed = 優先度は { $actual } で、{ $expected } ではありません
rule-check-status-passed = ステータスは { $actual }
rule-check-status-failed = ステータスは { $actual } で、{ $expected } ではありません
rule-check-has-tag-passed = { $expected } のタグがあります
rule-check-has-tag-failed = タグ { $actual } に { $expected } は含まれません
rule-check-minutes-since-buyer-message-passed = 購入者のメッセージから { $actual } 分（{ $expected }）
rule-check-minutes-since-buyer-message-failed = 購入者のメッセージから { $actual } 分、必要：{ $expected }
rule-check-minutes-since-agent-message-passed = 最後の返信から { $actual } 分（{ $expected }）
rule-check-minutes-since-agent-message-failed = 最後の返信から { $actual } 分、必要：{ $expected }
rule-check-minutes-since-status-change-passed = ステータス変更から { $actual } 分（{ $expected }）
rule-check-minutes-since-status-change-failed = ステータス変更から { $actual } 分、必要：{ $expected }
rule-check-awaiting-agent-passed = 担当者の返信待ち：{ $actual ->
        [true] はい
       *[other] いいえ
    }
rule-check-awaiting-agent-failed = 担当者の返信待ち：{ $actual ->
        [true] はい
       *[other] いいえ
    }、必要：{ $expected ->
        [true] はい
       *[other] いいえ
    }
rule-check-business-hours-passed = 営業時間内：{ $actual ->
        [true] はい
       *[other] いいえ
    }
rule-check-business-hours-failed = 営業時間内：{ $actual ->
        [true] はい
       *[other] いいえ
    }、必要：{ $expected ->
        [true] はい
       *[other] いいえ
    }
rule-check-blacklisted-passed = ブラックリスト：{ $actual ->
        [true] はい
       *[other] いいえ
    }
rule-check-blacklisted-failed = ブラックリスト：{ $actual ->
        [true] はい
       *[other] いいえ
    }、必要：{ $expected ->
        [true] はい
       *[other] いいえ
    }

rule-action-assign = { $agent } に割り当て
rule-action-tag = タグ「{ $tag }」を追加
rule-action-set-priority = 優先度を { $priority } に設定
rule-action-set-category = カテゴリを { $category } に設定
rule-action-apply-sla-policy = SLA ポリシー { $policy } を適用
rule-action-set-status = ステータスを { $status } に設定
rule-action-auto-reply = テンプレート { $template } で自動返信
rule-action-add-note = 社内メモ「{ $text }」を追加
rule-action-notify = { $agent } に通知

rules-invalid-json = ルールセットが正しい JSON ではありません（{ $line } 行 { $column } 列）。
rules-unknown-format = Bridgedesk のルールセットではありません（形式「{ $format }」）。
rules-unsupported-version = この Bridgedesk はルールセットのバージョン { $version } に対応していません。
rules-too-many-rules = ルールが多すぎます：最大 { $max } 件です。
rules-empty-rule-id = { $index } 番目のルールに ID がありません。
rules-duplicate-rule-id = ルール ID「{ $rule }」が重複しています。
rules-no-actions = ルール「{ $rule }」にアクションがありません。
rules-invalid-regex = ルール「{ $rule }」の正規表現が無効です：{ $pattern }
rules-regex-too-long = ルール「{ $rule }」の正規表現が { $max } バイトを超えています。
rules-condition-too-deep = ルール「{ $rule }」の条件が { $max } 階層を超えて入れ子になっています。
rules-negative-duration = ルール「{ $rule }」の時間が負の値です。
rules-unknown-template = ルール「{ $rule }」が存在しないテンプレート「{ $template }」を指定しています。
error-rules-invalid = このルールはエディターで保存できません。
template-no-variant = テンプレート「{ $template }」にはどの言語の本文もありません。
template-syntax = テンプレート「{ $template }」（{ $language }）が無効です。
template-missing-variable = テンプレート「{ $template }」（{ $language }）には { $variable } が必要ですが、この会話にはありません。
template-format = テンプレート「{ $template }」（{ $language }）を埋められませんでした。
template-unknown-time-zone = 購入者のタイムゾーン { $zone } が不明です。
error-template-unknown = このテンプレートはもう存在しません。
error-reply-blocked = 返信は送信されませんでした：マーケットプレイスが禁じる内容が含まれています。強調表示された部分を削除してください。
error-demo-not-demo = メッセージのシミュレーションはデモのワークスペース専用です。
error-blacklist-reason-missing = この購入者をブラックリストに入れる理由を入力してください。
error-grade-thresholds-invalid = このランクのしきい値は保存できません。

template-open = テンプレート
template-open-title = 返信テンプレートを挿入（{ $shortcut }）
template-search-placeholder = テンプレートを検索
template-empty = 一致するテンプレートがありません。
template-language-label = 購入者の言語
template-insert = 挿入
template-preview-label = あなたの言語でのプレビュー（{ $language }）
template-buyer-label = 購入者向け（{ $language }）

send-check-title = 送信前チェック
send-check-override = それでも送信
send-check-blocked = 強調表示された部分を削除するまで送信できません。
send-check-warned = 強調表示された部分を確認してください。そのまま送信もできます。
send-check-sensitive-word-warn = 「{ $text }」は要注意語リストに含まれています。
send-check-email-address-warn = 「{ $text }」はメールアドレス（個人情報）です。
send-check-email-address-block = { $channel } のメッセージには「{ $text }」のようなメールアドレスを書けません。
send-check-phone-number-warn = 「{ $text }」は電話番号（個人情報）のようです。
send-check-phone-number-block = { $channel } のメッセージには「{ $text }」のような電話番号を書けません。
send-check-payment-card-block = 「{ $text }」はカード番号のようです。カード情報は決して送らないでください。
send-check-iban-warn = 「{ $text }」は銀行口座番号（IBAN）のようです。
send-check-iban-block = { $channel } のメッセージには「{ $text }」のような銀行情報を書けません。
send-check-link-warn = リンク「{ $text }」は注文に必要な内容だけを指すようにしてください。
send-check-link-block = { $channel } のメッセージには「{ $text }」のようなリンクを書けません。
send-check-off-platform-app-block = 「{ $text }」は購入者をプラットフォームの外へ誘導します。{ $channel } では禁止されています。

dev-simulate-message = 購入者メッセージをシミュレート
dev-simulate-hint = デモ用ツール：チャネル同期と同じ経路で、デモの会話に本物らしい購入者の新着メッセージを書き込み、ルールの動きを確認できます。

## A value that is absent in a trace

rule-value-none = なし

## Sensitive-word lists

rules-words-title = 要注意語
rules-words-hint = この言語の返信にこれらの語が含まれると、送信前チェックが警告します（1 行に 1 語）。
rules-words-language = 言語
rules-words-save = 語句を保存

## The notice of a rule's "notify" action (in-app and as a desktop notification)

# $rule (String) - the rule's name as the agent wrote it
rules-notice-text = ルール「{ $rule }」から確認の依頼があります
# $agent (String) - the agent the conversation is assigned to
rules-notice-agent = { $agent } さん宛て
rules-notice-open = 会話を開く
rules-notice-dismiss = 閉じる
