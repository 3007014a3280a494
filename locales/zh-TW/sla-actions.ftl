# The conversation header's "no reply needed" action, shown while a buyer message waits.

action-no-response-needed = 無需回覆
action-no-response-needed-title = 買家的這則訊息不需要回覆：停止等待它的回覆計時（在亞馬遜上相當於「無需回覆」）
