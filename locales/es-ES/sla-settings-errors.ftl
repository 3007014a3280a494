# SLA settings messages formatted by Rust: core errors and the native notification title.

# Título de la notificación del sistema.
# $count (Number) - conversaciones que acaban de entrar en aviso
sla-alert-notification-title = { $count ->
    [one] Una respuesta vence pronto
   *[other] { $count } respuestas vencen pronto
}

## Errores de los ajustes de SLA

error-sla-empty-name = Pon un nombre al calendario o a la política.
error-sla-unknown-zone = Elige una zona horaria de la lista.
# $weekday (Number) - 1 = lunes … 7 = domingo
error-sla-bad-interval = Un tramo del día { $weekday } de la semana no está escrito como HH:MM-HH:MM.
# $row (Number) - fila de la lista de fechas
error-sla-bad-date = La fila { $row } de la lista de fechas necesita una fecha válida.
# $row (Number) - fila de la lista de fechas
error-sla-bad-day-hours = La fila { $row } de la lista de fechas necesita horas escritas como HH:MM-HH:MM.
error-sla-unknown-calendar = Un objetivo cuenta horario laboral en un calendario que no existe.
error-sla-negative-target = Los objetivos y el aviso previo no pueden ser negativos.
error-sla-no-default = Un calendario debe seguir siendo el predeterminado.
# $line (Number) - línea del archivo
error-sla-bad-ics = No se pudo leer el archivo .ics (línea { $line }).
error-sla-unknown-set = No hay festivos integrados para ese país y año.
error-sla-not-found = Esa política o calendario ya no existe.
error-sla-already-attached = El calendario «{ $calendar }» ya cuenta las horas de este equipo o tienda. Desvincúlalo allí primero.
