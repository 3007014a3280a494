# The conversation header's "no reply needed" action, shown while a buyer message waits.

action-no-response-needed = 返信不要
action-no-response-needed-title = 購入者のこのメッセージには返信が不要です：待機中の返信期限を止めます（Amazon の「返信不要」と同じ）
