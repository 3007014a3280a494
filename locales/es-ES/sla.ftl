# Plazos SLA: los plazos de respuesta y de resolución de una conversación, con una cuenta atrás en
# directo, en tres ejes horarios (la zona del agente, la hora local del comprador y la zona del
# marketplace) y con un registro de por qué cada reloj está como está.

## Cuentas atrás

# Dos unidades de una cuenta atrás, la mayor primero: «2 h 10 min», «3 días 4 h».
# $larger (String) - la unidad mayor, ya formateada, p. ej. «2 h» o «3 días»
# $smaller (String) - la unidad menor, ya formateada, p. ej. «10 min» o «4 h»
sla-duration-pair = { $larger } { $smaller }
# Descripción emergente de la cuenta atrás en una fila de la lista.
# $time (String) - el plazo en la zona horaria del agente, p. ej. «11 mar 2025, 14:05»
sla-row-due-title = Responder antes de: { $time }

## La franja SLA bajo la cabecera de la conversación

sla-strip-label = Plazos de respuesta y de resolución
sla-metric-first-response = Primera respuesta
sla-metric-next-response = Siguiente respuesta
sla-metric-resolution = Resolución
sla-metric-total-resolution = Resolución total
sla-metric-marketplace = Marketplace
sla-chip-running = En curso
sla-chip-warning = Vence pronto
sla-chip-paused = En pausa (esperando al comprador)
sla-chip-satisfied = Cumplido
sla-chip-breached = Incumplido
sla-chip-stopped = Detenido
# Un reloj en pausa conserva el tiempo que le quedaba.
# $duration (String) - el tiempo restante congelado, p. ej. «1 h 20 min»
sla-paused-left = quedan { $duration } (congelado)
# $time (String) - cuándo se cumplió, en la zona horaria del agente, p. ej. «mar, 11 mar, 14:05»
sla-met-at = cumplido: { $time }
# La respuesta llegó después del plazo.
# $time (String) - cuándo se cumplió, en la zona horaria del agente, p. ej. «mar, 11 mar, 14:05»
sla-met-late = cumplido con retraso: { $time }
# $time (String) - el plazo que venció, en la zona horaria del agente, p. ej. «mar, 11 mar, 14:05»
sla-breached-at = incumplido: { $time }
# El reloj terminó sin respuesta (resuelta, no requiere respuesta).
# $time (String) - cuándo se detuvo, en la zona horaria del agente, p. ej. «mar, 11 mar, 14:05»
sla-stopped-at = detenido: { $time }
sla-basis-business = horario laboral
sla-basis-business-title = Solo cuenta el horario laboral del equipo: ni noches, ni fines de semana, ni festivos
sla-basis-calendar = tiempo natural
sla-basis-calendar-title = Cuenta todas las horas, también noches, fines de semana y festivos
sla-marketplace-idle = nada pendiente de respuesta

## Los tres ejes horarios de un plazo

# $time (String) - el plazo en la zona horaria del propio agente, p. ej. «mar, 11 mar, 14:05»
sla-due-agent = Vence { $time } (tu hora)
# $zone (String) - la zona horaria IANA del agente, p. ej. «Europe/Madrid»
sla-due-agent-title = El plazo en tu zona horaria ({ $zone })
# $time (String) - día de la semana y hora del comprador en el momento del plazo, p. ej. «sáb 2:14»
sla-due-buyer = { $time } para el comprador
# $zone (String) - la zona horaria IANA del comprador, p. ej. «Europe/Berlin»
sla-due-buyer-title = La hora local del comprador en el momento del plazo ({ $zone })
sla-hint-night = de noche
sla-hint-night-title = Entre las 22:00 y las 7:00 para el comprador: probablemente esté durmiendo
sla-hint-weekend = fin de semana
sla-hint-weekend-title = Sábado o domingo para el comprador
# $time (String) - el plazo en la zona horaria del marketplace, p. ej. «mar, 11 mar, 19:00»
# $zone (String) - el nombre de esa zona en el idioma de la interfaz, p. ej. «hora de Malasia» (si no, su id IANA)
sla-due-marketplace = { $time } ({ $zone })
# $zone (String) - la zona horaria IANA del marketplace, p. ej. «Asia/Kuala_Lumpur»
sla-due-marketplace-title = El marketplace cuenta este plazo en { $zone }

## Reglas de los marketplaces y políticas del equipo

sla-rule-amazon-24h = Regla de 24 h de Amazon
sla-rule-amazon-24h-hint = Amazon: responder a cada mensaje del comprador en 24 horas, fines de semana y festivos incluidos
sla-rule-shopee-12h = Regla de 12 h de Shopee
sla-rule-shopee-12h-hint = Shopee: responder a un chat en 12 horas; solo cuenta la primera respuesta
sla-rule-tiktok-shop-12h = Regla de 12 h de TikTok Shop
sla-rule-tiktok-shop-12h-hint = TikTok Shop: responder en 12 horas; no cuentan los chats recibidos en modo vacaciones
sla-rule-lazada-daily-cycle = Ciclo diario de Lazada
sla-rule-lazada-daily-cycle-hint = Lazada: los mensajes de ayer a las 18:00 a hoy a las 18:00 deben responderse antes de hoy a las 19:00, hora del sitio
sla-rule-ebay-item-not-received = Artículo no recibido de eBay
sla-rule-ebay-item-not-received-hint = eBay: responder a una solicitud de artículo no recibido en 3 días hábiles
sla-policy-urgent = Urgente
sla-policy-chat = Chat
sla-policy-marketplace-chat = Chat de marketplace
sla-policy-email = Correo electrónico

## El registro de un reloj («¿Por qué?»)

sla-audit-toggle = ¿Por qué?
# $count (Number) - cuántos eventos tiene el registro del reloj
sla-audit-toggle-title =
    { $count ->
        [one] Mostrar el evento de este reloj
       *[other] Mostrar los { $count } eventos de este reloj
    }
# $policy (String) - el nombre de la política, p. ej. «Chat de marketplace»
# $version (Number) - la versión de la política, p. ej. 1
sla-audit-policy = Política: { $policy }, versión { $version }
# $rule (String) - el nombre de la regla del marketplace, p. ej. «Ciclo diario de Lazada»
sla-audit-rule = Regla: { $rule }
# $zone (String) - el nombre de la zona en el idioma de la interfaz, p. ej. «hora de Malasia»
# $id (String) - la zona horaria IANA, p. ej. «Asia/Kuala_Lumpur»
sla-audit-reference-zone = se cuenta en { $zone } ({ $id })
# $duration (String) - el objetivo del reloj, p. ej. «4 h»
sla-audit-target-business = objetivo: { $duration } de horario laboral
# $duration (String) - el objetivo del reloj, p. ej. «24 h»
sla-audit-target-calendar = objetivo: { $duration } de tiempo natural
sla-audit-empty = Este reloj aún no tiene eventos.
# Una línea del registro: qué le pasó al reloj y por qué.
# $event (String) - qué pasó, p. ej. «En pausa»
# $reason (String) - por qué, p. ej. «estado cambiado a Pendiente, a la espera del comprador»
sla-audit-entry = { $event }: { $reason }
sla-event-started = Iniciado
sla-event-paused = En pausa
sla-event-resumed = Reanudado
sla-event-satisfied = Cumplido
sla-event-breached = Incumplido
sla-event-stopped = Detenido
sla-event-reopened = Reabierta
sla-event-ignored = No cuenta
sla-event-excluded = Excluido
sla-event-calendar-time-fallback = Contado en tiempo natural
sla-reason-buyer-message = el comprador escribió
sla-reason-oldest-unanswered-buyer-message = desde el mensaje sin responder más antiguo del comprador
sla-reason-agent-reply = respuesta pública de un agente, aceptada por el canal
sla-reason-status-pending = estado cambiado a Pendiente, a la espera del comprador
sla-reason-status-open = estado cambiado de nuevo a Abierta
sla-reason-resolved = conversación resuelta
sla-reason-closed = conversación cerrada
sla-reason-deadline-passed = venció el plazo sin una respuesta válida
sla-reason-auto-reply = una respuesta automática nunca cuenta
sla-reason-internal-note = una nota interna nunca cuenta
sla-reason-reply-not-accepted = el canal aún no ha aceptado la respuesta
sla-reason-not-human-author = el mensaje no lo escribió un agente
sla-reason-no-response-needed = marcada como «no requiere respuesta»
sla-reason-holiday-mode = recibido con la tienda en modo vacaciones
sla-reason-seller-initiated = el chat lo inició el vendedor
sla-reason-calendar-missing = falta el calendario laboral de la política
sla-reason-item-not-received-opened = el comprador abrió una solicitud de artículo no recibido
sla-reason-item-not-received-answered = se respondió a la solicitud de artículo no recibido
sla-reason-first-reply-only = el marketplace solo mide la primera respuesta
