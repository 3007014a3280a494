# Textos formatados pela parte em Rust: o título da janela e a linha de comando.

shell-window-title = Bridgedesk — Caixa de entrada
# $count: número de conversas com mensagens não lidas.
shell-window-title-unread = { $count ->
    [0] Bridgedesk — Caixa de entrada
    [one] Bridgedesk — Caixa de entrada ({ $count } não lida)
   *[other] Bridgedesk — Caixa de entrada ({ $count } não lidas)
}
# $conversations, $messages: quantidades geradas; $path: caminho do arquivo; $seconds: duração em segundos.
cli-generated = { $conversations ->
    [0] { $conversations } conversas geradas
    [one] { $conversations } conversa gerada
   *[other] { $conversations } conversas geradas
} com { $messages ->
    [0] { $messages } mensagens
    [one] { $messages } mensagem
   *[other] { $messages } mensagens
} em { $path } ({ $seconds } s).
# Contagens do banco de dados; $schema: versão do esquema; $megabytes: tamanho do arquivo.
cli-stats = Lojas: { $stores } · Clientes: { $customers } · Pedidos: { $orders } · Conversas: { $conversations } · Mensagens: { $messages } · Respostas na fila: { $queued } · Esquema: v{ $schema } · Arquivo: { $megabytes } MB
# $query: o texto pesquisado.
cli-search-none = Nenhuma conversa corresponde a “{ $query }”.
# $count: número de resultados; $query: o texto pesquisado; $capped: yes se a busca ficou limitada às correspondências mais recentes.
cli-search-count = { $count ->
    [0] { $count } conversas correspondem
    [one] { $count } conversa corresponde
   *[other] { $count } conversas correspondem
} a “{ $query }”{ $capped ->
    [yes] { " " }(entre as correspondências mais recentes)
   *[no] {""}
}.
