# チーム（デスク）：SLA 設定の「チーム」タブ、会話の担当チーム、チームでの絞り込み、カレンダーのチーム、監査の「どのカレンダーを使ったか、その理由」、ルールのチーム条件とアクション。

teams-tab = チーム
teams-hint = チームが担当する会話は、ショップのカレンダーや既定のカレンダーより優先して、そのチームのカレンダーで営業時間を数えます。カレンダーは「カレンダー」タブでチームに関連付けます。
teams-empty = チームはまだありません。
teams-name = チーム名
teams-add = チームを追加
teams-save = 保存
teams-cancel = キャンセル
teams-rename = 名前を変更
teams-delete = 削除
# $team (String) - チーム名、$count (Number) - チームが担当する会話の数
teams-delete-confirm = { $count ->
    [0] チーム「{ $team }」を削除しますか？ 担当中の会話はありません。カレンダーの関連付けが外れ、ほかには何も失われません。
   *[other] チーム「{ $team }」を削除しますか？ { $count } 件の会話とカレンダーの関連付けが外れ、ショップまたは既定のカレンダーで数えるようになります。ほかには何も失われません。
}
# $count (Number) - チームが担当する会話の数
teams-conversations = { $count } 件の会話
# $calendar (String) - チームに関連付けたカレンダーの名前
teams-calendar = カレンダー：{ $calendar }
teams-no-calendar = 専用のカレンダーなし
teams-calendar-team = 関連付けるチーム
teams-none = チームなし
teams-choose = チームを選択
teams-header-team = チーム
teams-filter = チーム
teams-filter-all = すべてのチーム
teams-filter-none = チームなし

## 時計の監査：どのカレンダーで数えたか、その理由
# $calendar (String) - カレンダー名、$team (String) - チーム名
teams-audit-calendar-team = チーム「{ $team }」のカレンダー「{ $calendar }」で計測
# $calendar (String) - カレンダー名
teams-audit-calendar-shop = ショップのカレンダー「{ $calendar }」で計測（チームのカレンダーなし）
# $calendar (String) - カレンダー名
teams-audit-calendar-default = 既定のカレンダー「{ $calendar }」で計測（チームにもショップにもカレンダーなし）
# $calendar (String) - カレンダー名
teams-audit-calendar-policy = ポリシーが指定するカレンダー「{ $calendar }」で計測

## ルール
teams-rule-cond-team = チーム
teams-rule-act-assign-team = チームに割り当て
# $team (String) - チーム名
rule-action-assign-team = チーム { $team } に移す
# $actual (String) - 会話のチーム、$expected (String) - ルールが求めるチーム
rule-check-team-passed = チームは { $actual }
rule-check-team-failed = チームは { $actual } で、{ $expected } ではありません
