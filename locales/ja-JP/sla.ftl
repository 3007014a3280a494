# SLA：会話の応答期限と解決期限。リアルタイムのカウントダウンと 3 つの時間軸（担当者のタイムゾーン、
# 購入者の現地時刻、マーケットプレイスのタイムゾーン）で表示し、各タイマーの状態の理由を履歴で示します。

## カウントダウン

# カウントダウンの 2 つの単位（大きい単位が先）：「2時間10分」「3日4時間」。
# $larger (String) - 大きい単位（書式設定済み）、例："2時間"、"3日"
# $smaller (String) - 小さい単位（書式設定済み）、例："10分"、"4時間"
sla-duration-pair = { $larger }{ $smaller }
# 一覧の行のカウントダウンのツールチップ。
# $time (String) - 担当者のタイムゾーンでの期限、例："2025/03/11 14:05"
sla-row-due-title = 返信期限：{ $time }

## 会話ヘッダー下の SLA バー

sla-strip-label = 応答期限と解決期限
sla-metric-first-response = 初回応答
sla-metric-next-response = 次回応答
sla-metric-resolution = 解決期限
sla-metric-total-resolution = 通算解決期限
sla-metric-marketplace = マーケットプレイス
sla-chip-running = 計測中
sla-chip-warning = まもなく期限
sla-chip-paused = 一時停止（購入者の返信待ち）
sla-chip-satisfied = 達成
sla-chip-breached = 期限超過
sla-chip-stopped = 停止
# 一時停止中のタイマーは残り時間を保持します。
# $duration (String) - 凍結された残り時間、例："1時間20分"
sla-paused-left = 残り{ $duration }（停止中）
# $time (String) - 達成した日時（担当者のタイムゾーン）、例："3月11日(火) 14:05"
sla-met-at = { $time } に達成
# 期限を過ぎてから返信した場合。
# $time (String) - 達成した日時（担当者のタイムゾーン）、例："3月11日(火) 14:05"
sla-met-late = 期限超過後 { $time } に達成
# $time (String) - 過ぎた期限（担当者のタイムゾーン）、例："3月11日(火) 14:05"
sla-breached-at = { $time } に期限超過
# 返信なしでタイマーが終了した場合（解決済み、返信不要）。
# $time (String) - 停止した日時（担当者のタイムゾーン）、例："3月11日(火) 14:05"
sla-stopped-at = { $time } に停止
sla-basis-business = 営業時間で計測
sla-basis-business-title = チームの営業時間だけを数えます。夜間・週末・祝日は数えません
sla-basis-calendar = 暦時間で計測
sla-basis-calendar-title = 夜間・週末・祝日を含め、すべての時間を数えます
sla-marketplace-idle = 返信待ちのメッセージはありません

## 期限の 3 つの時間軸

# $time (String) - 担当者自身のタイムゾーンでの期限、例："3月11日(火) 14:05"
sla-due-agent = 対応期限 { $time }（あなたの時刻）
# $zone (String) - 担当者の IANA タイムゾーン、例："Asia/Tokyo"
sla-due-agent-title = あなたのタイムゾーンでの期限（{ $zone }）
# $time (String) - 期限の時点での購入者の現地の曜日と時刻、例："(土) 2:14"
sla-due-buyer = 購入者の現地時刻 { $time }
# $zone (String) - 購入者の IANA タイムゾーン、例："Europe/Berlin"
sla-due-buyer-title = 期限の時点での購入者の現地時刻（{ $zone }）
sla-hint-night = 深夜
sla-hint-night-title = 購入者の現地時刻で 22:00〜7:00：就寝中の可能性があります
sla-hint-weekend = 週末
sla-hint-weekend-title = 購入者の現地では土曜日または日曜日です
# $time (String) - マーケットプレイスのタイムゾーンでの期限、例："3月11日(火) 19:00"
# $zone (String) - そのタイムゾーンの表示名、例："マレーシア時間"（ない場合は IANA 名）
sla-due-marketplace = { $zone } { $time }
# $zone (String) - マーケットプレイスの IANA タイムゾーン、例："Asia/Kuala_Lumpur"
sla-due-marketplace-title = マーケットプレイスはこの期限を { $zone } で計算します

## マーケットプレイスのルールとチームのポリシー

sla-rule-amazon-24h = Amazon 24時間ルール
sla-rule-amazon-24h-hint = Amazon：購入者のメッセージには24時間以内に返信（週末・祝日も含む）
sla-rule-shopee-12h = Shopee 12時間ルール
sla-rule-shopee-12h-hint = Shopee：チャットには12時間以内に返信。評価されるのは最初の返信のみ
sla-rule-tiktok-shop-12h = TikTok Shop 12時間ルール
sla-rule-tiktok-shop-12h-hint = TikTok Shop：12時間以内に返信。休暇モード中に届いたチャットは対象外
sla-rule-lazada-daily-cycle = Lazada 日次サイクル
sla-rule-lazada-daily-cycle-hint = Lazada：前日 18:00 から当日 18:00 までのメッセージは当日 19:00 までに返信（サイトの時刻）
sla-rule-ebay-item-not-received = eBay 商品未着
sla-rule-ebay-item-not-received-hint = eBay：商品未着のリクエストには3営業日以内に回答
sla-policy-urgent = 緊急
sla-policy-chat = チャット
sla-policy-marketplace-chat = マーケットプレイスのチャット
sla-policy-email = メール

## タイマーの履歴（「理由」）

sla-audit-toggle = 理由
# $count (Number) - タイマーの履歴の件数
sla-audit-toggle-title = このタイマーの履歴 { $count } 件を表示
# $policy (String) - ポリシー名、例："マーケットプレイスのチャット"
# $version (Number) - ポリシーのバージョン、例：1
sla-audit-policy = ポリシー：{ $policy }（バージョン { $version }）
# $rule (String) - マーケットプレイスのルール名、例："Lazada 日次サイクル"
sla-audit-rule = ルール：{ $rule }
# $zone (String) - タイムゾーンの表示名、例："マレーシア時間"
# $id (String) - IANA タイムゾーン、例："Asia/Kuala_Lumpur"
sla-audit-reference-zone = { $zone }（{ $id }）で計算
# $duration (String) - タイマーの目標、例："4時間"
sla-audit-target-business = 目標 { $duration }（営業時間）
# $duration (String) - タイマーの目標、例："24時間"
sla-audit-target-calendar = 目標 { $duration }（暦時間）
sla-audit-empty = このタイマーにはまだ履歴がありません。
# 履歴の 1 行：タイマーに何が起きたか、その理由。
# $event (String) - 起きたこと、例："一時停止"
# $reason (String) - 理由、例："ステータスを保留中に変更（購入者の返信待ち）"
sla-audit-entry = { $event }：{ $reason }
sla-event-started = 計測開始
sla-event-paused = 一時停止
sla-event-resumed = 計測再開
sla-event-satisfied = 達成
sla-event-breached = 期限超過
sla-event-stopped = 計測停止
sla-event-reopened = 再オープン
sla-event-ignored = 対象外
sla-event-excluded = 除外
sla-event-calendar-time-fallback = 暦時間で計測
sla-reason-buyer-message = 購入者からのメッセージ
sla-reason-oldest-unanswered-buyer-message = 購入者の未返信メッセージのうち最も古いものから計測
sla-reason-agent-reply = 担当者の公開返信がチャネルに受け付けられた
sla-reason-status-pending = ステータスを保留中に変更（購入者の返信待ち）
sla-reason-status-open = ステータスを未対応に戻した
sla-reason-resolved = 会話を解決済みにした
sla-reason-closed = 会話を終了した
sla-reason-deadline-passed = 有効な返信がないまま期限を過ぎた
sla-reason-auto-reply = 自動返信は数えない
sla-reason-internal-note = 社内メモは数えない
sla-reason-reply-not-accepted = 返信がまだチャネルに受け付けられていない
sla-reason-not-human-author = 担当者が書いたメッセージではない
sla-reason-no-response-needed = 返信不要と設定された
sla-reason-holiday-mode = ショップの休暇モード中に受信
sla-reason-seller-initiated = 出品者が始めたチャット
sla-reason-calendar-missing = ポリシーの営業日カレンダーが見つからない
sla-reason-item-not-received-opened = 購入者が商品未着のリクエストを開始した
sla-reason-item-not-received-answered = 商品未着のリクエストに回答した
sla-reason-first-reply-only = マーケットプレイスが評価するのは最初の返信のみ
