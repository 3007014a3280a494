# Prazos de SLA: os prazos de resposta e de resolução de uma conversa, em contagem regressiva ao
# vivo, em três eixos de horário (o fuso do atendente, o horário local do comprador e o fuso do
# marketplace), com um histórico do porquê de cada contador estar como está.

## Contagens regressivas

# Duas unidades de uma contagem regressiva lado a lado, a maior primeiro: “2 h 10 min”, “3 dias 4 h”.
# $larger (String) - a unidade maior, já formatada, ex.: “2 h” ou “3 dias”
# $smaller (String) - a unidade menor, já formatada, ex.: “10 min” ou “4 h”
sla-duration-pair = { $larger } { $smaller }
# Dica da contagem regressiva em uma linha da lista.
# $time (String) - o prazo no fuso do atendente, ex.: “11 de mar. de 2025, 14:05”
sla-row-due-title = Responder até { $time }

## A faixa de SLA abaixo do cabeçalho da conversa

sla-strip-label = Prazos de resposta e de resolução
sla-metric-first-response = Primeira resposta
sla-metric-next-response = Próxima resposta
sla-metric-resolution = Resolução
sla-metric-total-resolution = Resolução total
sla-metric-marketplace = Marketplace
sla-chip-running = Em andamento
sla-chip-warning = Vence em breve
sla-chip-paused = Pausado (aguardando o comprador)
sla-chip-satisfied = Cumprido
sla-chip-breached = Estourado
sla-chip-stopped = Interrompido
# Um contador pausado guarda o tempo que faltava.
# $duration (String) - o tempo restante congelado, ex.: “1 h 20 min”
sla-paused-left = faltam { $duration }, congelado
# $time (String) - quando o prazo foi cumprido, no fuso do atendente, ex.: “ter., 11 de mar., 14:05”
sla-met-at = cumprido: { $time }
# A resposta veio depois do prazo.
# $time (String) - quando foi cumprido, no fuso do atendente, ex.: “ter., 11 de mar., 14:05”
sla-met-late = cumprido com atraso: { $time }
# $time (String) - o prazo que passou, no fuso do atendente, ex.: “ter., 11 de mar., 14:05”
sla-breached-at = estourou: { $time }
# O contador terminou sem resposta (resolvida, nenhuma resposta necessária).
# $time (String) - quando parou, no fuso do atendente, ex.: “ter., 11 de mar., 14:05”
sla-stopped-at = interrompido: { $time }
sla-basis-business = horário comercial
sla-basis-business-title = Conta só o horário de trabalho da equipe: noites, fins de semana e feriados não contam
sla-basis-calendar = tempo corrido
sla-basis-calendar-title = Conta todas as horas, inclusive noites, fins de semana e feriados
sla-marketplace-idle = nada a responder

## Os três eixos de horário de um prazo

# $time (String) - o prazo no fuso do próprio atendente, ex.: “ter., 11 de mar., 14:05”
sla-due-agent = Prazo { $time } (seu horário)
# $zone (String) - o fuso IANA do atendente, ex.: “America/Sao_Paulo”
sla-due-agent-title = O prazo no seu fuso horário ({ $zone })
# $time (String) - dia da semana e hora do comprador no momento do prazo, ex.: “sáb. 02:14”
sla-due-buyer = { $time } para o comprador
# $zone (String) - o fuso IANA do comprador, ex.: “Europe/Berlin”
sla-due-buyer-title = O horário local do comprador no momento do prazo ({ $zone })
sla-hint-night = madrugada
sla-hint-night-title = Entre 22:00 e 07:00 para o comprador: provavelmente está dormindo
sla-hint-weekend = fim de semana
sla-hint-weekend-title = Sábado ou domingo para o comprador
# $time (String) - o prazo no fuso do marketplace, ex.: “ter., 11 de mar., 19:00”
# $zone (String) - o nome desse fuso no idioma da interface, ex.: “Horário da Malásia” (senão, o id IANA)
sla-due-marketplace = { $time } ({ $zone })
# $zone (String) - o fuso IANA do marketplace, ex.: “Asia/Kuala_Lumpur”
sla-due-marketplace-title = O marketplace conta este prazo em { $zone }

## Regras dos marketplaces e políticas da equipe

sla-rule-amazon-24h = Regra de 24 h da Amazon
sla-rule-amazon-24h-hint = Amazon: responder a cada mensagem do comprador em até 24 horas, fins de semana e feriados incluídos
sla-rule-shopee-12h = Regra de 12 h da Shopee
sla-rule-shopee-12h-hint = Shopee: responder a um chat em até 12 horas; só a primeira resposta conta
sla-rule-tiktok-shop-12h = Regra de 12 h do TikTok Shop
sla-rule-tiktok-shop-12h-hint = TikTok Shop: responder em até 12 horas; chats recebidos no modo férias não contam
sla-rule-lazada-daily-cycle = Ciclo diário da Lazada
sla-rule-lazada-daily-cycle-hint = Lazada: mensagens de ontem às 18:00 até hoje às 18:00 devem ser respondidas até hoje às 19:00, no horário do site
sla-rule-ebay-item-not-received = eBay: item não recebido
sla-rule-ebay-item-not-received-hint = eBay: responder a uma solicitação de item não recebido em até 3 dias úteis
sla-policy-urgent = Urgente
sla-policy-chat = Chat
sla-policy-marketplace-chat = Chat de marketplace
sla-policy-email = E-mail

## O histórico de um contador (“Por quê?”)

sla-audit-toggle = Por quê?
# $count (Number) - quantos eventos o histórico do contador tem
sla-audit-toggle-title =
    { $count ->
        [one] Mostrar o evento por trás deste contador
       *[other] Mostrar os { $count } eventos por trás deste contador
    }
# $policy (String) - o nome da política, ex.: “Chat de marketplace”
# $version (Number) - a versão da política, ex.: 1
sla-audit-policy = Política: { $policy }, versão { $version }
# $rule (String) - o nome da regra do marketplace, ex.: “Ciclo diário da Lazada”
sla-audit-rule = Regra: { $rule }
# $zone (String) - o nome do fuso no idioma da interface, ex.: “Horário da Malásia”
# $id (String) - o fuso IANA, ex.: “Asia/Kuala_Lumpur”
sla-audit-reference-zone = contado em { $zone } ({ $id })
# $duration (String) - a meta do contador, ex.: “4 h”
sla-audit-target-business = meta: { $duration } em horário comercial
# $duration (String) - a meta do contador, ex.: “24 h”
sla-audit-target-calendar = meta: { $duration } em tempo corrido
sla-audit-empty = Este contador ainda não tem eventos.
# Uma linha do histórico: o que aconteceu com o contador e por quê.
# $event (String) - o que aconteceu, ex.: “Pausado”
# $reason (String) - por quê, ex.: “status alterado para Pendente, aguardando o comprador”
sla-audit-entry = { $event } — { $reason }
sla-event-started = Iniciado
sla-event-paused = Pausado
sla-event-resumed = Retomado
sla-event-satisfied = Cumprido
sla-event-breached = Estourado
sla-event-stopped = Interrompido
sla-event-reopened = Reaberta
sla-event-ignored = Não conta
sla-event-excluded = Excluído
sla-event-calendar-time-fallback = Contado em tempo corrido
sla-reason-buyer-message = o comprador escreveu
sla-reason-oldest-unanswered-buyer-message = a partir da mensagem sem resposta mais antiga do comprador
sla-reason-agent-reply = resposta pública de um atendente, aceita pelo canal
sla-reason-status-pending = status alterado para Pendente, aguardando o comprador
sla-reason-status-open = status voltou para Aberta
sla-reason-resolved = conversa resolvida
sla-reason-closed = conversa fechada
sla-reason-deadline-passed = o prazo passou sem uma resposta válida
sla-reason-auto-reply = uma resposta automática nunca conta
sla-reason-internal-note = uma nota interna nunca conta
sla-reason-reply-not-accepted = o canal ainda não aceitou a resposta
sla-reason-not-human-author = a mensagem não foi escrita por um atendente
sla-reason-no-response-needed = marcada como “nenhuma resposta necessária”
sla-reason-holiday-mode = recebida com a loja no modo férias
sla-reason-seller-initiated = o vendedor iniciou este chat
sla-reason-calendar-missing = o calendário de horário comercial da política não existe
sla-reason-item-not-received-opened = o comprador abriu uma solicitação de item não recebido
sla-reason-item-not-received-answered = a solicitação de item não recebido foi respondida
sla-reason-first-reply-only = o marketplace mede só a primeira resposta
