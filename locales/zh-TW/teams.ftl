# 團隊（客服組）：SLA 設定中的「團隊」頁、對話所屬團隊、團隊篩選、行事曆所屬團隊、稽核中「使用哪個行事曆及原因」，以及規則中的團隊條件與動作。

teams-tab = 團隊
teams-hint = 由某個團隊處理的對話依該團隊的行事曆計算營業時間，優先於商店行事曆與預設行事曆。請在「行事曆」頁將行事曆連結到團隊。
teams-empty = 尚無團隊。
teams-name = 團隊名稱
teams-add = 新增團隊
teams-save = 儲存
teams-cancel = 取消
teams-rename = 重新命名
teams-delete = 刪除
# $team (String) - 團隊名稱；$count (Number) - 團隊處理的對話數
teams-delete-confirm = { $count ->
    [0] 刪除團隊「{ $team }」？它沒有處理中的對話；它的行事曆將解除連結，其他內容不會遺失。
   *[other] 刪除團隊「{ $team }」？它的 { $count } 則對話與行事曆將解除連結，改依商店或預設行事曆計時；其他內容不會遺失。
}
# $count (Number) - 團隊處理的對話數
teams-conversations = { $count } 則對話
# $calendar (String) - 連結到團隊的行事曆名稱
teams-calendar = 行事曆：{ $calendar }
teams-no-calendar = 沒有自己的行事曆
teams-calendar-team = 連結到團隊
teams-none = 無團隊
teams-choose = 選擇團隊
teams-header-team = 團隊
teams-filter = 團隊
teams-filter-all = 所有團隊
teams-filter-none = 無團隊

## 計時器稽核：使用了哪個行事曆及原因
# $calendar (String) - 行事曆名稱；$team (String) - 團隊名稱
teams-audit-calendar-team = 依團隊「{ $team }」的行事曆「{ $calendar }」計時
# $calendar (String) - 行事曆名稱
teams-audit-calendar-shop = 依商店行事曆「{ $calendar }」計時（團隊沒有行事曆）
# $calendar (String) - 行事曆名稱
teams-audit-calendar-default = 依預設行事曆「{ $calendar }」計時（團隊與商店都沒有行事曆）
# $calendar (String) - 行事曆名稱
teams-audit-calendar-policy = 依政策指定的行事曆「{ $calendar }」計時

## 規則
teams-rule-cond-team = 團隊
teams-rule-act-assign-team = 指派給團隊
# $team (String) - 團隊名稱
rule-action-assign-team = 轉到團隊 { $team }
# $actual (String) - 對話的團隊；$expected (String) - 規則要求的團隊
rule-check-team-passed = 團隊為 { $actual }
rule-check-team-failed = 團隊為 { $actual }，不是 { $expected }
