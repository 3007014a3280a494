# SLA settings messages formatted by Rust: core errors and the native notification title.

# システム通知のタイトル。
# $count (Number) - 警告に入ったばかりの会話の数
sla-alert-notification-title = { $count } 件の返信期限が迫っています

## SLA 設定のエラー

error-sla-empty-name = カレンダーまたはポリシーに名前を付けてください。
error-sla-unknown-zone = 一覧からタイムゾーンを選んでください。
# $weekday (Number) - 1 = 月曜日 … 7 = 日曜日
error-sla-bad-interval = 曜日 { $weekday } の時間帯が HH:MM-HH:MM の形式ではありません。
# $row (Number) - 日付一覧の行
error-sla-bad-date = 日付一覧の { $row } 行目に有効な日付が必要です。
# $row (Number) - 日付一覧の行
error-sla-bad-day-hours = 日付一覧の { $row } 行目の時間を HH:MM-HH:MM で入力してください。
error-sla-unknown-calendar = 目標が存在しないカレンダーの営業時間で計測されています。
error-sla-negative-target = 目標と事前警告は負の値にできません。
error-sla-no-default = 既定のカレンダーを 1 つ残してください。
# $line (Number) - ファイルの行
error-sla-bad-ics = .ics ファイルを読み込めませんでした（{ $line } 行目）。
error-sla-unknown-set = その国と年の組み込み祝日セットはありません。
error-sla-not-found = そのポリシーまたはカレンダーはもう存在しません。
error-sla-already-attached = カレンダー「{ $calendar }」はすでにこのチームまたはショップの営業時間に使われています。先にそちらの関連付けを外してください。
