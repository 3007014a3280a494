# 受信トレイ：フィルターバー、検索、会話一覧。

## フィルターバー

search-placeholder = メッセージを検索…
search-label = メッセージを検索
filter-status = ステータス
filter-status-all = すべてのステータス
filter-channel = チャネル
filter-channel-all = すべてのチャネル
filter-store = ストア
filter-store-all = すべてのストア
filter-language = 言語
filter-language-all = すべての言語
filter-category = カテゴリ
filter-category-all = すべてのカテゴリ
filter-assignee = 担当者
filter-assignee-all = 全員
filter-assignee-unassigned = 未割り当て
# $count：フィルター条件に一致する会話の数
inbox-total = { $count }件の会話
# $count：表示できる会話数の上限（実際はそれ以上）
inbox-total-capped = { $count }件以上の会話
inbox-total-title = フィルター条件に一致する会話の数
# $count：未読メッセージがある会話の数
unread-count =
    { $count ->
        [0] 未読なし
       *[other] 未読 { $count }件
    }
unread-title = 未読メッセージがある未対応・保留中の会話

## 会話一覧

list-label = 会話
list-empty = この条件に一致する会話はありません。
list-empty-search = 検索に一致するメッセージはありません。
# $count：この会話の未読メッセージ数
row-unread = 未読メッセージ { $count }件
# $priority：優先度の名前（「高」など）
row-priority = 優先度：{ $priority }
# 一覧の行に表示される時刻のツールチップ。
# $relative (String) - 経過時間。書式設定済み（例：「3時間前」「昨日」）
# $time (String) - 担当者のタイムゾーンでの日時（例：「2025/03/03 14:05」）
row-last-activity = 最終更新：{ $relative }（{ $time }）
# $duration：期限までの残り時間（「2時間」など）
due-in = 期限まで{ $duration }
# $duration：期限を過ぎてからの時間（「35分」など）
due-overdue = { $duration }超過
# $count：分数
duration-minutes = { $count }分
# $count：時間数
duration-hours = { $count }時間
# $count：日数
duration-days = { $count }日
