# A caixa de entrada: barra de filtros, pesquisa e lista de conversas.

## Barra de filtros

search-placeholder = Pesquisar mensagens…
search-label = Pesquisar mensagens
filter-status = Status
filter-status-all = Todos os status
filter-channel = Canal
filter-channel-all = Todos os canais
filter-store = Loja
filter-store-all = Todas as lojas
filter-language = Idioma
filter-language-all = Todos os idiomas
filter-category = Categoria
filter-category-all = Todas as categorias
filter-assignee = Responsável
filter-assignee-all = Todos
filter-assignee-unassigned = Não atribuída
# $count: número de conversas que atendem aos filtros.
inbox-total =
    { $count ->
        [0] { $count } conversas
        [one] { $count } conversa
       *[other] { $count } conversas
    }
# $count: limite de resultados contados; há mais conversas.
inbox-total-capped = { $count }+ conversas
inbox-total-title = Conversas que atendem aos filtros
# $count: número de conversas com mensagens não lidas.
unread-count =
    { $count ->
        [0] Nenhuma não lida
        [one] { $count } não lida
       *[other] { $count } não lidas
    }
unread-title = Conversas abertas e pendentes com mensagens não lidas

## Lista de conversas

list-label = Conversas
list-empty = Nenhuma conversa atende a estes filtros.
list-empty-search = Nenhuma mensagem corresponde à sua pesquisa.
# $count: número de mensagens não lidas na conversa.
row-unread =
    { $count ->
        [0] { $count } mensagens não lidas
        [one] { $count } mensagem não lida
       *[other] { $count } mensagens não lidas
    }
# $priority: nome da prioridade (Baixa, Normal, Alta, Urgente).
row-priority = Prioridade: { $priority }
# Dica do horário em uma linha da lista.
# $relative: há quanto tempo, já formatado, ex.: “há 3 horas”, “ontem”.
# $time: data e hora no fuso horário do atendente, ex.: “3 de mar. de 2025 14:05”.
row-last-activity = Última atividade: { $relative } ({ $time })
# $duration: tempo restante, ex.: “2 h” ou “3 dias”.
due-in = vence em { $duration }
# $duration: tempo de atraso, ex.: “35 min”.
due-overdue = atraso de { $duration }
# $count: número de minutos.
duration-minutes = { $count } min
# $count: número de horas.
duration-hours = { $count } h
# $count: número de dias.
duration-days =
    { $count ->
        [0] { $count } dias
        [one] { $count } dia
       *[other] { $count } dias
    }
