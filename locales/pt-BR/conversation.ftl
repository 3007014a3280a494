# Uma conversa: cabeçalho, ações, histórico, status de entrega, notas, caixa de resposta e painel do cliente.

## Painel da conversa

pane-empty = Selecione uma conversa
pane-loading = Abrindo a conversa…
pane-empty-hint = Use j e k para percorrer a lista, Enter para abrir e ? para ver todos os atalhos.
header-store = Loja
header-priority = Prioridade
header-category = Categoria
header-assignee = Responsável
# $relative: há quanto tempo foi a última mensagem ou alteração, ex.: “há 3 horas”, “ontem”.
header-last-activity = Última atividade: { $relative }
# Dica do prazo de resposta no cabeçalho da conversa.
# $time: o prazo, no fuso horário do atendente, ex.: “3 de mar. de 2025 14:05”.
header-due-at = Prazo de resposta: { $time }
assignee-none = Não atribuída
assign-label = Atribuir a
action-resolve = Resolver
action-resolve-title = Marcar como resolvida (e)
action-pending = Deixar pendente
action-pending-title = Aguardando o comprador: a contagem do prazo de resposta fica pausada
action-reopen = Reabrir
action-reopen-title = Abrir a conversa novamente
tag-add-placeholder = Adicionar tag…
# $tag: o texto da tag.
tag-remove = Remover a tag { $tag }
thread-label = Mensagens e notas internas
# $channel: nome do canal (E-mail, eBay, Amazon…).
message-via = via { $channel }
message-show-html = Mostrar formatação original
message-show-text = Mostrar texto simples
note-label = Nota interna
note-placeholder = Adicione uma nota interna — só a sua equipe vê
note-add = Adicionar nota
composer-label = Resposta
# $customer: nome do comprador (pode estar vazio).
composer-placeholder = Responder a { $customer }…
composer-hint = Ctrl+Enter para enviar · o rascunho fica salvo neste computador
composer-hint-mac = ⌘+Enter para enviar · o rascunho fica salvo neste computador
composer-send = Enviar
composer-sending = Enfileirando…
composer-send-title = Colocar a resposta na caixa de saída; ela é enviada assim que o canal estiver acessível

## Status de entrega das mensagens enviadas

delivery-queued = Na fila
delivery-sending = Enviando
delivery-sent = Enviada
delivery-accepted = Aceita
delivery-failed = Falhou
delivery-queued-hint = Aguarda na caixa de saída até o canal enviá-la
delivery-sending-hint = Sendo enviada ao canal agora
delivery-sent-hint = Enviada ao canal
delivery-accepted-hint = O marketplace ou o servidor de e-mail aceitou a mensagem
delivery-failed-hint = Não foi possível enviar; o Bridgedesk vai tentar de novo
# $code: identificador técnico do erro de entrega.
delivery-error-unknown = Problema na entrega ({ $code })

## Painel do cliente

customer-empty = Os dados do comprador aparecem aqui quando você abre uma conversa.
customer-country = País
customer-language = Idioma
customer-local-time = Hora local
customer-local-time-unknown = desconhecida (sem país cadastrado)
buyer-time-same = mesmo horário que você
# $hours: quantas horas o comprador está atrás de você.
buyer-time-behind = −{ $hours } h em relação a você
# $hours: quantas horas o comprador está à frente de você.
buyer-time-ahead = +{ $hours } h em relação a você
customer-identities = Identidades
# $count: número de pedidos do comprador.
customer-orders =
    { $count ->
        [0] Pedidos
       *[other] Pedidos ({ $count })
    }
customer-no-orders = Nenhum pedido vinculado a este comprador.
order-number = Número do pedido
# $quantity: quantidade do item no pedido.
order-item-quantity = { $quantity } ×
order-total = Total
order-carrier-unknown = Transportadora desconhecida
order-tracking-title = Código de rastreio — clique para selecionar
