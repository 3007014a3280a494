# The conversation header's "no reply needed" action, shown while a buyer message waits.

action-no-response-needed = Keine Antwort nötig
action-no-response-needed-title = Die Nachricht des Käufers braucht keine Antwort: stoppt die Antwortfristen, die auf sie warten (bei Amazon wie „Keine Antwort erforderlich“)
