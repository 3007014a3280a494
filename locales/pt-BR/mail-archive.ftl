# O que o agente faz com uma conversa de e-mail chega à caixa postal: arquivar ao fechar, marcar como não lida.

mail-archive-on-close = Mover conversas fechadas para a pasta Arquivo
mail-archive-on-close-hint = Ao resolver ou fechar uma conversa de e-mail, as mensagens também saem da caixa de entrada do servidor (outros aplicativos de e-mail as mostram em Arquivo).
action-mark-unread = Marcar como não lida
action-mark-unread-title = Marcar a última mensagem do comprador como não lida (u)
shortcut-mark-unread = Marcar a conversa aberta como não lida
