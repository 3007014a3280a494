# Ajustes de SLA: calendarios laborales (zona horaria, horario semanal, festivos, excepciones
# de fecha), las políticas ordenadas (condiciones, objetivos, aviso previo), «recalcular
# historial» y el aviso antes de un incumplimiento.

sla-settings-open = Calendarios y políticas de SLA…
sla-settings-title = Calendarios y políticas de SLA
sla-settings-tab-calendars = Calendarios
sla-settings-tab-policies = Políticas
sla-settings-close = Cerrar
sla-settings-loading = Cargando…
sla-settings-remove = Quitar

## Calendarios

sla-settings-calendar = Calendario
sla-settings-add-calendar = Nuevo calendario
sla-settings-new-calendar = (calendario nuevo)
sla-settings-calendar-name = Nombre
sla-settings-calendar-zone = Zona horaria
sla-settings-calendar-applies = Se aplica a
sla-settings-calendar-default = Todas las tiendas sin calendario propio (predeterminado)
sla-settings-calendar-unattached = Solo las políticas que lo nombran
sla-settings-weekly = Horario semanal
sla-settings-weekly-hint = Escribe cada tramo como HH:MM-HH:MM. Añade varios para la pausa de comida o turnos partidos; un final anterior al inicio pasa de medianoche (22:00-02:00).
sla-settings-day-mon = Lunes
sla-settings-day-tue = Martes
sla-settings-day-wed = Miércoles
sla-settings-day-thu = Jueves
sla-settings-day-fri = Viernes
sla-settings-day-sat = Sábado
sla-settings-day-sun = Domingo
sla-settings-closed-all-day = Cerrado
# $day (String) - el día de la semana
sla-settings-interval-label = Tramo de apertura del { $day }
sla-settings-add-interval = + tramo
sla-settings-days = Festivos y excepciones de fecha
sla-settings-holiday-set = Conjunto de festivos
# $year (String) - el año
sla-settings-region-cn = China { $year }
sla-settings-region-us = Estados Unidos { $year }
sla-settings-region-de = Alemania { $year }
sla-settings-region-br = Brasil { $year }
sla-settings-import-set = Importar festivos
sla-settings-import-ics = Importar archivo .ics
# $count (Number) - días importados
sla-settings-imported = { $count ->
    [one] 1 día importado. Guarda el calendario para conservarlo.
   *[other] { $count } días importados. Guarda el calendario para conservarlos.
}
sla-settings-day-date = Fecha
sla-settings-day-kind = Tipo
sla-settings-day-label = Nombre o motivo
sla-settings-day-hours = Horas
sla-settings-kind-holiday = Festivo (cerrado)
sla-settings-kind-working-day = Día laborable de recuperación
sla-settings-kind-closed = Cerrado
sla-settings-kind-half-day = Media jornada
sla-settings-kind-special-hours = Horario especial
sla-settings-add-day = + fecha
# $count (Number) - fechas del calendario
sla-settings-day-count = { $count ->
    [one] 1 fecha
   *[other] { $count } fechas
}
sla-settings-save-calendar = Guardar calendario
sla-settings-saved-calendar = Calendario guardado. Se aplica a los relojes calculados a partir de ahora.

## Políticas

sla-settings-policies-hint = Se aplica la primera política cuyas condiciones cumple la conversación.
# $version (Number) - versión de la política
sla-settings-version = v{ $version }
# $name (String) - nombre de la política
sla-settings-move-up = Subir { $name }
sla-settings-move-down = Bajar { $name }
sla-settings-add-policy = Nueva política
sla-settings-policy-name = Nombre
sla-settings-conditions = Condiciones
sla-settings-conditions-hint = Deja un grupo vacío para aceptar cualquier valor.
sla-settings-channels = Canales
sla-settings-stores = Tiendas
sla-settings-priorities = Prioridades
sla-settings-grades = Categoría de cliente
sla-settings-grade-a = Cliente clave A
sla-settings-grade-b = Cliente clave B
sla-settings-grade-ordinary = Ordinario
sla-settings-grade-small = Pequeño
sla-settings-grade-blacklist = Lista negra
sla-settings-categories = Categorías
sla-settings-languages = Idiomas (p. ej., es, pt-BR)
sla-settings-targets = Objetivos
sla-settings-metric-first = Primera respuesta
sla-settings-metric-next = Siguiente respuesta
sla-settings-metric-resolution = Resolución
sla-settings-minutes = minutos
sla-settings-basis = Se cuenta en
sla-settings-basis-business = horario laboral
sla-settings-basis-calendar = tiempo natural (todas las horas)
sla-settings-calendar-own = el calendario de la tienda de la conversación
sla-settings-no-target = Sin objetivo
sla-settings-warn-before = Avisar
# $version (Number) - versión que se creará
sla-settings-save-hint = Al guardar se crea la versión { $version }; las conversaciones conservan su versión hasta que recalcules el historial.
sla-settings-save-policy = Guardar política
sla-settings-saved-policy = Política guardada como nueva versión. Se aplica a los relojes nuevos.
sla-settings-delete-policy = Eliminar política
sla-settings-deleted-policy = Política eliminada. Sus conversaciones siguen la primera política que coincida en su próximo cálculo.

## Recalcular historial

sla-settings-recompute = Recalcular historial
sla-settings-recompute-hint = Recalcular historial vuelve a evaluar los relojes de todas las conversaciones con los calendarios y políticas actuales.
# $changed (Number) - conversaciones que cambiaron
# $total (Number) - conversaciones evaluadas
# $ms (Number) - duración en milisegundos
sla-settings-recomputed = { $total } conversaciones recalculadas en { $ms } ms: { $changed } cambiaron.

## Aviso antes de un incumplimiento

# $count (Number) - conversaciones que acaban de entrar en aviso
sla-alert-text = { $count ->
    [one] 1 conversación está a punto de incumplir su plazo:
   *[other] { $count } conversaciones están a punto de incumplir su plazo. La más urgente:
}
# $due (String) - vencimiento en la zona del agente
sla-alert-due = vence { $due }
sla-alert-open = Abrir la más urgente
sla-alert-dismiss = Descartar
