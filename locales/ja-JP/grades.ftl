# Settings → Rules: the thresholds that grade customers (key A/B, ordinary, small) and place
# them in segments (new, returning, potential, dormant).

grades-title = 顧客ランク
grades-hint = ランクは下の期間内の各購入者の注文から決まり、金額は参考レートで米ドルに換算して合計します。保存するとすべての購入者のランクを付け直します。
grades-window = 注文を数える期間（日）
grades-key-a = 重要顧客 A
grades-key-b = 重要顧客 B
grades-min-orders = 注文数が次以上
grades-min-value = かつ金額が次以上（USD）
grades-small = 小口顧客：金額が次未満（USD）
grades-new = 新規：初回注文から（日）以内
grades-dormant = 休眠：最後の注文から（日）超
grades-save = 保存してランクを付け直す
grades-saved = 保存しました。すべての購入者のランクを付け直しました。
grades-whole-number = すべての欄に 0 以上の整数を入力してください。
