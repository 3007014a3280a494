# Equipos: la pestaña Equipos de los ajustes de SLA, el equipo de una conversación, el filtro por
# equipo, el equipo de un calendario, en la auditoría «qué calendario y por qué», y la condición y
# la acción de equipo de las reglas.

teams-tab = Equipos
teams-hint = Una conversación que atiende un equipo cuenta el horario laboral con el calendario del equipo, antes que el de la tienda y el predeterminado. Vincula un calendario a un equipo en la pestaña Calendarios.
teams-empty = Todavía no hay equipos.
teams-name = Nombre del equipo
teams-add = Añadir equipo
teams-save = Guardar
teams-cancel = Cancelar
teams-rename = Renombrar
teams-delete = Eliminar
# $team (String) - nombre del equipo; $count (Number) - conversaciones del equipo
teams-delete-confirm = { $count ->
    [0] ¿Eliminar el equipo «{ $team }»? No atiende ninguna conversación; sus calendarios se desvinculan y no se pierde nada más.
    [one] ¿Eliminar el equipo «{ $team }»? Su conversación y sus calendarios se desvinculan y cuentan con el calendario de la tienda o el predeterminado; no se pierde nada más.
   *[other] ¿Eliminar el equipo «{ $team }»? Sus { $count } conversaciones y sus calendarios se desvinculan y cuentan con el calendario de la tienda o el predeterminado; no se pierde nada más.
}
# $count (Number) - conversaciones del equipo
teams-conversations = { $count ->
    [one] 1 conversación
   *[other] { $count } conversaciones
}
# $calendar (String) - nombres de los calendarios del equipo
teams-calendar = Calendario: { $calendar }
teams-no-calendar = Sin calendario propio
teams-calendar-team = Vinculado al equipo
teams-none = Sin equipo
teams-choose = Elige un equipo
teams-header-team = Equipo
teams-filter = Equipo
teams-filter-all = Todos los equipos
teams-filter-none = Sin equipo

## Auditoría de un reloj: qué calendario contó y por qué
# $calendar (String) - nombre del calendario; $team (String) - nombre del equipo
teams-audit-calendar-team = con el calendario «{ $calendar }» del equipo { $team }
# $calendar (String) - nombre del calendario
teams-audit-calendar-shop = con el calendario de la tienda «{ $calendar }» (el equipo no tiene calendario)
# $calendar (String) - nombre del calendario
teams-audit-calendar-default = con el calendario predeterminado «{ $calendar }» (ni el equipo ni la tienda tienen calendario)
# $calendar (String) - nombre del calendario
teams-audit-calendar-policy = con el calendario «{ $calendar }» que indica la política

## Reglas
teams-rule-cond-team = Equipo
teams-rule-act-assign-team = Asignar al equipo
# $team (String) - nombre del equipo
rule-action-assign-team = Pasar al equipo { $team }
# $actual (String) - equipo de la conversación; $expected (String) - equipos de la regla
rule-check-team-passed = El equipo es { $actual }
rule-check-team-failed = El equipo es { $actual }, no { $expected }
