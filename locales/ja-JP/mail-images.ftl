# メール内の外部画像。担当者が許可した後にアプリがダウンロードします。
mail-images-loading = 画像を読み込んでいます…
# $count: 読み込めなかった画像の数（拒否または接続不可）
mail-images-failed = { $count } 件の画像を読み込めませんでした。
mail-images-retry-later = 接続できなかった画像は、次にこのメッセージを開いたとき（オンラインに戻った後など）に再度ダウンロードされます。
mail-images-retry = 再試行
