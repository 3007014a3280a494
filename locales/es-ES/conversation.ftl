# Una conversación: cabecera, acciones, hilo, estados de entrega, notas, editor y panel del cliente.

## Panel de la conversación

pane-empty = Selecciona una conversación
pane-loading = Abriendo la conversación…
pane-empty-hint = Usa j y k para moverte por la lista, Enter para abrir y ? para ver todos los atajos.
header-store = Tienda
header-priority = Prioridad
header-category = Categoría
header-assignee = Responsable
# $relative: hace cuánto fue el último mensaje o cambio, p. ej. «hace 3 horas», «ayer».
header-last-activity = Última actividad: { $relative }
# Descripción emergente del plazo de respuesta en la cabecera de la conversación.
# $time: la fecha límite, en la zona horaria del agente, p. ej. «3 mar 2025, 14:05».
header-due-at = Plazo de respuesta: { $time }
assignee-none = Sin asignar
assign-label = Asignar a
action-resolve = Resolver
action-resolve-title = Marcar como resuelta (e)
action-pending = Dejar pendiente
action-pending-title = A la espera del comprador: se pausa el tiempo de respuesta
action-reopen = Reabrir
action-reopen-title = Volver a abrir la conversación
tag-add-placeholder = Añadir etiqueta…
# $tag: el texto de la etiqueta.
tag-remove = Quitar la etiqueta { $tag }
thread-label = Mensajes y notas internas
# $channel: nombre del canal (Correo, eBay, Amazon…).
message-via = vía { $channel }
message-show-html = Ver formato original
message-show-text = Ver texto sin formato
note-label = Nota interna
note-placeholder = Añade una nota interna (solo la ve tu equipo)
note-add = Añadir nota
composer-label = Respuesta
# $customer: nombre del comprador (puede estar vacío).
composer-placeholder = Responder a { $customer }…
composer-hint = Ctrl+Enter para enviar · el borrador se guarda en este ordenador
composer-hint-mac = ⌘+Enter para enviar · el borrador se guarda en este ordenador
composer-send = Enviar
composer-sending = Encolando…
composer-send-title = Poner la respuesta en la bandeja de salida; se envía en cuanto el canal esté disponible

## Estados de entrega de los mensajes salientes

delivery-queued = En cola
delivery-sending = Enviando
delivery-sent = Enviado
delivery-accepted = Aceptado
delivery-failed = Fallido
delivery-queued-hint = Espera en la bandeja de salida hasta que el canal lo envíe
delivery-sending-hint = Se está enviando al canal
delivery-sent-hint = Enviado al canal
delivery-accepted-hint = El marketplace o el servidor de correo ha aceptado el mensaje
delivery-failed-hint = No se ha podido enviar; Bridgedesk lo volverá a intentar
# $code: identificador técnico del error de entrega.
delivery-error-unknown = Problema de entrega ({ $code })

## Panel del cliente

customer-empty = Los datos del comprador aparecen aquí al abrir una conversación.
customer-country = País
customer-language = Idioma
customer-local-time = Hora local
customer-local-time-unknown = desconocida (sin país registrado)
buyer-time-same = misma hora que tú
# $hours: número de horas que el comprador va por detrás de ti.
buyer-time-behind = −{ $hours } h respecto a ti
# $hours: número de horas que el comprador va por delante de ti.
buyer-time-ahead = +{ $hours } h respecto a ti
customer-identities = Identidades
# $count: número de pedidos del comprador.
customer-orders =
    { $count ->
        [0] Pedidos
       *[other] Pedidos ({ $count })
    }
customer-no-orders = No hay pedidos vinculados a este comprador.
order-number = Número de pedido
# $quantity: unidades del artículo en el pedido.
order-item-quantity = { $quantity } ×
order-total = Total
order-carrier-unknown = Transportista desconocido
order-tracking-title = Número de seguimiento: haz clic para seleccionarlo
