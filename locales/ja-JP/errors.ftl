# 担当者に表示されるエラー。ID は error-<コード。ドットとアンダースコアはハイフンに置換>。

error-store-corrupt = ローカルのデータベースファイルが破損しているため開けません。変更や削除は一切行われていません。破損したファイルを退避し（名前を変えて同じフォルダーに残ります）、空の受信トレイで始めることができます。
# $found：データベースのスキーマバージョン、$supported：このバージョンが対応する最大のスキーマバージョン
error-store-too-new = このデータベースは新しいバージョンの Bridgedesk で作成されています（スキーマ { $found }、このバージョンの対応上限は { $supported }）。Bridgedesk を更新してください。ファイルは変更されていません。
error-store-busy = データベースは別の Bridgedesk ウィンドウまたはプログラムで使用中です。そちらを閉じてから、もう一度お試しください。
error-store-not-found = この項目はもう存在しません。別のウィンドウで削除された可能性があります。
error-store-io = データベースのフォルダーを読み書きできません。ディスクの空き容量とフォルダーのアクセス権を確認してください。
error-store-unknown-key = データをインポートできませんでした。一部のレコードが、存在しない別のレコードを参照しています。何も保存されていません。
error-store-invalid-tag = タグが長すぎます。タグは40文字以内で入力してください。
error-store-invalid-note = 空のメモは保存できません。
error-store-invalid-reply = 空の返信は送信できません。
error-store-internal = 予期しないデータベースエラーが発生しました。データは変更されていません。
error-workspace-not-open = 受信トレイはまだ開いていません。
error-workspace-not-empty = デモデータは空の受信トレイにのみ読み込めます。
error-workspace-not-corrupt = データベースは破損していないため、何も移動していません。
error-settings-unknown-locale = この言語は利用できません。
error-settings-unknown-time-zone = このタイムゾーンは認識できません。
error-internal = Bridgedesk の内部で問題が発生しました。データは変更されていません。
