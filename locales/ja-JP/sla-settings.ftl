# SLA 設定：営業カレンダー（タイムゾーン、週ごとの営業時間、祝日、日付の例外）、順序付きポリシー
# （条件、目標、事前警告）、「履歴を再計算」、期限切れ前のアラート。

sla-settings-open = SLA カレンダーとポリシー…
sla-settings-title = SLA カレンダーとポリシー
sla-settings-tab-calendars = カレンダー
sla-settings-tab-policies = ポリシー
sla-settings-close = 閉じる
sla-settings-loading = 読み込み中…
sla-settings-remove = 削除

## カレンダー

sla-settings-calendar = カレンダー
sla-settings-add-calendar = 新しいカレンダー
sla-settings-new-calendar = （新しいカレンダー）
sla-settings-calendar-name = 名前
sla-settings-calendar-zone = タイムゾーン
sla-settings-calendar-applies = 適用先
sla-settings-calendar-default = 専用カレンダーのないすべてのショップ（既定）
sla-settings-calendar-unattached = これを指定したポリシーのみ
sla-settings-weekly = 週ごとの営業時間
sla-settings-weekly-hint = 各時間帯は HH:MM-HH:MM で入力します。昼休みや分割シフトは複数追加し、終了が開始より前なら深夜をまたぎます（22:00-02:00）。
sla-settings-day-mon = 月曜日
sla-settings-day-tue = 火曜日
sla-settings-day-wed = 水曜日
sla-settings-day-thu = 木曜日
sla-settings-day-fri = 金曜日
sla-settings-day-sat = 土曜日
sla-settings-day-sun = 日曜日
sla-settings-closed-all-day = 休業
# $day (String) - 曜日名
sla-settings-interval-label = { $day }の営業時間帯
sla-settings-add-interval = + 時間帯
sla-settings-days = 祝日と日付の例外
sla-settings-holiday-set = 祝日セット
# $year (String) - 年
sla-settings-region-cn = 中国 { $year }
sla-settings-region-us = 米国 { $year }
sla-settings-region-de = ドイツ { $year }
sla-settings-region-br = ブラジル { $year }
sla-settings-import-set = 祝日セットを取り込む
sla-settings-import-ics = .ics ファイルを取り込む
# $count (Number) - 取り込んだ日数
sla-settings-imported = { $count } 日を取り込みました。カレンダーを保存すると反映されます。
sla-settings-day-date = 日付
sla-settings-day-kind = 種類
sla-settings-day-label = 名前または理由
sla-settings-day-hours = 時間
sla-settings-kind-holiday = 祝日（休業）
sla-settings-kind-working-day = 振替出勤日
sla-settings-kind-closed = 休業
sla-settings-kind-half-day = 半日
sla-settings-kind-special-hours = 特別営業時間
sla-settings-add-day = + 日付
# $count (Number) - 日付の数
sla-settings-day-count = { $count } 件の日付
sla-settings-save-calendar = カレンダーを保存
sla-settings-saved-calendar = カレンダーを保存しました。今後計算される時計に適用されます。

## ポリシー

sla-settings-policies-hint = 会話に条件が一致する最初のポリシーが適用されます。
# $version (Number) - ポリシーのバージョン
sla-settings-version = v{ $version }
# $name (String) - ポリシー名
sla-settings-move-up = { $name } を上へ
sla-settings-move-down = { $name } を下へ
sla-settings-add-policy = 新しいポリシー
sla-settings-policy-name = 名前
sla-settings-conditions = 条件
sla-settings-conditions-hint = グループを空にすると任意の値に一致します。
sla-settings-channels = チャネル
sla-settings-stores = ショップ
sla-settings-priorities = 優先度
sla-settings-grades = 顧客ランク
sla-settings-grade-a = 重要顧客 A
sla-settings-grade-b = 重要顧客 B
sla-settings-grade-ordinary = 一般
sla-settings-grade-small = 小口
sla-settings-grade-blacklist = ブラックリスト
sla-settings-categories = カテゴリ
sla-settings-languages = 言語（例: es, pt-BR）
sla-settings-targets = 目標
sla-settings-metric-first = 初回応答
sla-settings-metric-next = 次回応答
sla-settings-metric-resolution = 解決
sla-settings-minutes = 分
sla-settings-basis = 計測
sla-settings-basis-business = 営業時間
sla-settings-basis-calendar = 暦時間（全時間）
sla-settings-calendar-own = 会話のショップのカレンダー
sla-settings-no-target = 目標なし
sla-settings-warn-before = 事前警告
# $version (Number) - 保存で作られるバージョン
sla-settings-save-hint = 保存するとバージョン { $version } が作られます。履歴を再計算するまで、会話は元のバージョンのままです。
sla-settings-save-policy = ポリシーを保存
sla-settings-saved-policy = ポリシーを新しいバージョンとして保存しました。新しい時計に適用されます。
sla-settings-delete-policy = ポリシーを削除
sla-settings-deleted-policy = ポリシーを削除しました。その会話は次回の計算で最初に一致するポリシーに従います。

## 履歴を再計算

sla-settings-recompute = 履歴を再計算
sla-settings-recompute-hint = 履歴を再計算すると、現在のカレンダーとポリシーで全会話の時計を評価し直します。
# $changed (Number) - 変わった会話の数
# $total (Number) - 評価し直した会話の数
# $ms (Number) - 所要時間（ミリ秒）
sla-settings-recomputed = { $total } 件の会話を { $ms } ミリ秒で再計算しました：{ $changed } 件が変わりました。

## 期限切れ前のアラート

# $count (Number) - 警告に入ったばかりの会話の数
sla-alert-text = { $count } 件の会話がまもなく期限切れです。最も緊急：
# $due (String) - 担当者のタイムゾーンでの期限
sla-alert-due = 期限 { $due }
sla-alert-open = 最も緊急の会話を開く
sla-alert-dismiss = 閉じる
