# The conversation header's "no reply needed" action, shown while a buyer message waits.

action-no-response-needed = Pas de réponse nécessaire
action-no-response-needed-title = Le message de l’acheteur n’appelle pas de réponse : arrête les délais de réponse qui l’attendent (sur Amazon, comme « Aucune réponse nécessaire »)
