# The conversation header's "no reply needed" action, shown while a buyer message waits.

action-no-response-needed = No reply needed
action-no-response-needed-title = The buyer’s message needs no answer: stop the reply clocks waiting on it (on Amazon, like “No response needed”)
