# アプリの外枠：ウィンドウ、ようこそ画面、破損したワークスペース。

## 言語名（設定メニューで、その言語自身の表記で表示）

locale-name = 日本語

## アプリ

app-name = Bridgedesk
app-starting = ワークスペースを開いています…
# $code：エラーコード
app-error-fallback = 問題が発生しました（コード { $code }）。もう一度お試しください。
# $detail：エラーの技術的な詳細（多くは英語）
app-error-unexpected = アプリ画面で予期しない問題が発生しました：{ $detail }
error-banner-dismiss = 閉じる

## ようこそ画面（空のワークスペース）

welcome-title = Bridgedesk へようこそ
welcome-line-1 = メール、eBay、Amazon、Shopee、TikTok Shop、Lazada、Telegram の購入者メッセージを、ひとつの受信トレイで。
welcome-line-2 = データはすべてこのパソコンに保存されるため、オフラインでも閲覧・検索・返信ができます。
welcome-demo = デモデータで試す
welcome-demo-hint = 購入者・注文・追跡番号を含む、実際に近い受信トレイです。外部には何も送信されません。
welcome-demo-busy = デモ用の受信トレイを作成しています…
welcome-demo-busy-detail = ローカルデータベースにデモの会話を追加しています。数秒かかります。
welcome-add-account = アカウントを追加
welcome-add-account-hint = メールとマーケットプレイスのストアを接続します。

## 破損したワークスペース

unavailable-title = ワークスペースを開けませんでした
unavailable-path = データベースファイル：
unavailable-not-recoverable = Bridgedesk ではこの問題を修復できません。アプリを終了し、ファイルとそのフォルダーを確認してから、Bridgedesk を再起動してください。
move-aside = 破損したファイルを退避して新しく始める
move-aside-question = 破損したファイルの名前を変更して退避し（新しいファイルと同じ場所に残り、何も削除されません）、空のワークスペースで開始します。続行しますか？
move-aside-confirm = はい、退避します
move-aside-cancel = キャンセル
