# The conversation header's "no reply needed" action, shown while a buyer message waits.

action-no-response-needed = 无需回复
action-no-response-needed-title = 买家的这条消息不需要回复：停止等待它的回复计时（在亚马逊上相当于“无需回复”）
