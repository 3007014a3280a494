# Rust 側で整形される文字列：ウィンドウタイトルとコマンドライン。

shell-window-title = Bridgedesk — 受信トレイ
# $count：未読の数
shell-window-title-unread = { $count ->
    [0] Bridgedesk — 受信トレイ
   *[other] Bridgedesk — 受信トレイ（未読 { $count }件）
}
# $conversations、$messages：生成した会話数とメッセージ数、$path：データベースファイルのパス、$seconds：所要秒数
cli-generated = { $conversations }件の会話（メッセージ { $messages }件）を { $path } に生成しました（{ $seconds }秒）。
# 各項目の件数、$schema：スキーマバージョン、$megabytes：ファイルサイズ（MB）
cli-stats = ストア：{ $stores } · 顧客：{ $customers } · 注文：{ $orders } · 会話：{ $conversations } · メッセージ：{ $messages } · 送信待ちの返信：{ $queued } · スキーマ：v{ $schema } · ファイル：{ $megabytes } MB
# $query：検索語
cli-search-none = 「{ $query }」に一致する会話はありません。
# $count：一致した会話数、$query：検索語、$capped：yes なら件数に上限があり、新しい一致分のみを数えた結果
cli-search-count = 「{ $query }」に一致する会話：{ $count }件{ $capped ->
    [yes] （新しい一致分のみ）
   *[no] {""}
}。
