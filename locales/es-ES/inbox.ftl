# La bandeja de entrada: barra de filtros, búsqueda y lista de conversaciones.

## Barra de filtros

search-placeholder = Buscar mensajes…
search-label = Buscar mensajes
filter-status = Estado
filter-status-all = Todos los estados
filter-channel = Canal
filter-channel-all = Todos los canales
filter-store = Tienda
filter-store-all = Todas las tiendas
filter-language = Idioma
filter-language-all = Todos los idiomas
filter-category = Categoría
filter-category-all = Todas las categorías
filter-assignee = Responsable
filter-assignee-all = Todos
filter-assignee-unassigned = Sin asignar
# $count: número de conversaciones que cumplen los filtros.
inbox-total =
    { $count ->
        [one] { $count } conversación
       *[other] { $count } conversaciones
    }
# $count: límite de resultados contados; hay más conversaciones.
inbox-total-capped = { $count }+ conversaciones
inbox-total-title = Conversaciones que cumplen los filtros
# $count: número de conversaciones con mensajes sin leer.
unread-count =
    { $count ->
        [0] Ninguna sin leer
       *[other] { $count } sin leer
    }
unread-title = Conversaciones abiertas y pendientes con mensajes sin leer

## Lista de conversaciones

list-label = Conversaciones
list-empty = Ninguna conversación cumple estos filtros.
list-empty-search = Ningún mensaje coincide con tu búsqueda.
# $count: número de mensajes sin leer en la conversación.
row-unread =
    { $count ->
        [one] { $count } mensaje sin leer
       *[other] { $count } mensajes sin leer
    }
# $priority: nombre de la prioridad (Baja, Normal, Alta, Urgente).
row-priority = Prioridad: { $priority }
# Descripción emergente de la hora en una fila de la lista.
# $relative: hace cuánto, ya formateado, p. ej. «hace 3 horas», «ayer».
# $time: fecha y hora en la zona horaria del agente, p. ej. «3 mar 2025, 14:05».
row-last-activity = Última actividad: { $relative } ({ $time })
# $duration: tiempo restante, p. ej. «2 h» o «3 días».
due-in = vence en { $duration }
# $duration: tiempo de retraso, p. ej. «35 min».
due-overdue = con { $duration } de retraso
# $count: número de minutos.
duration-minutes = { $count } min
# $count: número de horas.
duration-hours = { $count } h
# $count: número de días.
duration-days =
    { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
