# 設定メニューとキーボードショートカット。

## 設定メニュー

settings-open = 設定
settings-title = 設定
settings-language = 表示言語
settings-time-zone = タイムゾーン
# $zone (String) - OS の IANA タイムゾーン（例："Asia/Tokyo"）
settings-time-zone-system = システムに合わせる（{ $zone }）
settings-time-zone-search = タイムゾーンを検索…
settings-time-zone-list = タイムゾーン一覧
# $query (String) - 担当者がタイムゾーン検索欄に入力した文字列
settings-time-zone-none = 「{ $query }」に一致するタイムゾーンはありません。
# $offset (String) - UTC との現在の時差。書式設定済み（例："+09:00"、"−03:00"）
settings-time-zone-offset = UTC{ $offset }
settings-agent = ログイン中

## 開発者向けオプション（設定メニュー末尾の折りたたみ部分）

settings-developer = 開発者向け
settings-pseudo-locale = 疑似ロケール
settings-pseudo-locale-hint = すべてのテキストをアクセント付きの長い文字で表示し、切れている箇所や未翻訳の箇所を見つけます。

## キーボードショートカット

help-title = キーボードショートカット
help-close = 閉じる
shortcut-next = 次の会話
shortcut-previous = 前の会話
shortcut-open = 選択した会話を開く
shortcut-reply = 返信（返信欄に移動）
shortcut-resolve = 開いている会話を解決済みにする
shortcut-search = 検索
shortcut-help = このヘルプの表示／非表示
shortcut-escape = ヘルプを閉じる／入力欄から離れる
shortcut-send = 返信を送信（返信欄で）
