# メールの会話に対する操作をメールボックスに反映：クローズ時のアーカイブ、未読にする。

mail-archive-on-close = クローズした会話を「アーカイブ」フォルダーに移動
mail-archive-on-close-hint = メールの会話を解決またはクローズすると、そのメッセージはサーバーの受信トレイからも移動します（他のメールアプリでは「アーカイブ」に表示されます）。
action-mark-unread = 未読にする
action-mark-unread-title = 購入者の最後のメッセージを未読にする（u）
shortcut-mark-unread = 開いている会話を未読にする
