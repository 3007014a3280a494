# 1 件の会話：ヘッダー、操作、スレッド、送信状態、社内メモ、返信欄、顧客パネル。

## 会話ペイン

pane-empty = 会話を選択してください
pane-loading = 会話を開いています…
pane-empty-hint = j と k で一覧を移動、Enter で開く、? でショートカット一覧を表示します。
header-store = ストア
header-priority = 優先度
header-category = カテゴリ
header-assignee = 担当者
# $relative (String) - 最後のメッセージや変更からの経過時間（例：「3時間前」「昨日」）
header-last-activity = 最終更新：{ $relative }
# 会話ヘッダーに表示される返信期限のツールチップ。
# $time (Date) - 期限。担当者のタイムゾーンで表示（例：「2025/03/03 14:05」）
header-due-at = 返信期限：{ $time }
assignee-none = 未割り当て
assign-label = 割り当て先
action-resolve = 解決済みにする
action-resolve-title = 解決済みにする（e）
action-pending = 保留にする
action-pending-title = 購入者の返信待ち：返信期限のカウントを一時停止します
action-reopen = 再オープン
action-reopen-title = この会話を未対応に戻します
tag-add-placeholder = タグを追加…
# $tag：タグ名
tag-remove = タグ「{ $tag }」を削除
thread-label = メッセージと社内メモ
# $channel：チャネル名（eBay など）
message-via = { $channel } 経由
message-show-html = 元の書式で表示
message-show-text = テキストのみ表示
note-label = 社内メモ
note-placeholder = 社内メモを追加（チーム内にのみ表示されます）
note-add = メモを追加
composer-label = 返信
# $customer：購入者の名前
composer-placeholder = { $customer } 様への返信…
composer-hint = Ctrl+Enter で送信 · 下書きはこのパソコンに保存されます
composer-hint-mac = ⌘+Enter で送信 · 下書きはこのパソコンに保存されます
composer-send = 送信
composer-sending = 送信トレイに追加中…
composer-send-title = 返信を送信トレイに入れ、チャネルに接続でき次第送信します

## 送信メッセージの配信状態

delivery-queued = 送信待ち
delivery-sending = 送信中
delivery-sent = 送信済み
delivery-accepted = 受付済み
delivery-failed = 送信失敗
delivery-queued-hint = チャネルから送信されるまで送信トレイで待機します
delivery-sending-hint = チャネルへ送信しています
delivery-sent-hint = チャネルへ送信しました
delivery-accepted-hint = マーケットプレイスまたはメールサーバーがメッセージを受け付けました
delivery-failed-hint = 送信できませんでした。Bridgedesk が自動で再試行します
# $code：エラーコード
delivery-error-unknown = 配信エラー（{ $code }）

## 顧客パネル

customer-empty = 会話を開くと、ここに購入者の情報が表示されます。
customer-country = 国・地域
customer-language = 言語
customer-local-time = 現地時刻
customer-local-time-unknown = 不明（国・地域の情報なし）
buyer-time-same = 時差なし
# $hours：購入者の時刻があなたより遅れている時間数（正の数）
buyer-time-behind = 時差 −{ $hours }時間
# $hours：購入者の時刻があなたより進んでいる時間数（正の数）
buyer-time-ahead = 時差 +{ $hours }時間
customer-identities = チャネル別アカウント
# $count：この購入者の注文数
customer-orders =
    { $count ->
        [0] 注文
       *[other] 注文（{ $count }件）
    }
customer-no-orders = この購入者に紐づく注文はありません。
order-number = 注文番号
# $quantity：商品の数量
order-item-quantity = { $quantity } ×
order-total = 合計
order-carrier-unknown = 配送業者不明
order-tracking-title = 追跡番号（クリックで全選択）
