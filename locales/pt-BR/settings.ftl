# Menu de configurações e atalhos de teclado.

## Menu de configurações

settings-open = Configurações
settings-title = Configurações
settings-language = Idioma
settings-time-zone = Seu fuso horário
# $zone: o fuso horário IANA do sistema operacional, ex.: “Asia/Shanghai”.
settings-time-zone-system = Usar o do sistema ({ $zone })
settings-time-zone-search = Pesquisar fusos horários…
settings-time-zone-list = Fusos horários
# $query: o que o atendente digitou na pesquisa de fusos horários.
settings-time-zone-none = Nenhum fuso horário corresponde a “{ $query }”.
# $offset: a diferença atual do fuso em relação ao UTC, já formatada, ex.: “+08:00” ou “−03:00”.
settings-time-zone-offset = UTC{ $offset }
settings-agent = Sessão iniciada como

## Opções do desenvolvedor (seção recolhida no fim do menu de configurações)

settings-developer = Desenvolvedor
settings-pseudo-locale = Pseudolocalização
settings-pseudo-locale-hint = Mostra todos os textos acentuados e mais longos, para encontrar textos cortados ou não traduzidos.

## Atalhos de teclado

help-title = Atalhos de teclado
help-close = Fechar
shortcut-next = Próxima conversa
shortcut-previous = Conversa anterior
shortcut-open = Abrir a conversa selecionada
shortcut-reply = Responder (ir para a caixa de resposta)
shortcut-resolve = Resolver a conversa aberta
shortcut-search = Pesquisar
shortcut-help = Mostrar ou ocultar esta ajuda
shortcut-escape = Fechar esta ajuda ou sair de um campo de texto
shortcut-send = Enviar a resposta (na caixa de resposta)
