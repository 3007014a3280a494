# The conversation header's "no reply needed" action, shown while a buyer message waits.

action-no-response-needed = Não precisa de resposta
action-no-response-needed-title = A mensagem do comprador não precisa de resposta: para os prazos de resposta que a aguardam (na Amazon, como “Nenhuma resposta necessária”)
