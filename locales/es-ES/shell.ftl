# Textos que formatea la parte en Rust: el título de la ventana y la línea de comandos.

shell-window-title = Bridgedesk — Bandeja de entrada
# $count: número de conversaciones con mensajes sin leer.
shell-window-title-unread = { $count ->
    [0] Bridgedesk — Bandeja de entrada
    [one] Bridgedesk — Bandeja de entrada ({ $count } sin leer)
   *[other] Bridgedesk — Bandeja de entrada ({ $count } sin leer)
}
# $conversations, $messages: cantidades generadas; $path: ruta del archivo; $seconds: duración en segundos.
cli-generated = { $conversations ->
    [one] Se ha generado { $conversations } conversación
   *[other] Se han generado { $conversations } conversaciones
} con { $messages ->
    [one] { $messages } mensaje
   *[other] { $messages } mensajes
} en { $path } ({ $seconds } s).
# Recuentos de la base de datos; $schema: versión del esquema; $megabytes: tamaño del archivo.
cli-stats = Tiendas: { $stores } · Clientes: { $customers } · Pedidos: { $orders } · Conversaciones: { $conversations } · Mensajes: { $messages } · Respuestas en cola: { $queued } · Esquema: v{ $schema } · Archivo: { $megabytes } MB
# $query: el texto buscado.
cli-search-none = Ninguna conversación coincide con «{ $query }».
# $count: número de resultados; $query: el texto buscado; $capped: yes si solo se buscó entre las coincidencias más recientes.
cli-search-count = { $count ->
    [one] { $count } conversación coincide
   *[other] { $count } conversaciones coinciden
} con «{ $query }»{ $capped ->
    [yes] { " " }(entre las coincidencias más recientes)
   *[no] {""}
}.
