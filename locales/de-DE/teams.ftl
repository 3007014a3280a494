# Teams (Desks): der Reiter „Teams“ der SLA-Einstellungen, das Team einer Konversation, der
# Teamfilter, das Team eines Kalenders, im Protokoll „welcher Kalender und warum“, und die
# Teambedingung und -aktion der Regeln.

teams-tab = Teams
teams-hint = Eine Konversation, die ein Team bearbeitet, zählt Geschäftszeit nach dem Kalender des Teams – vor dem Kalender des Shops und dem Standardkalender. Einen Kalender verbinden Sie im Reiter „Kalender“ mit einem Team.
teams-empty = Noch keine Teams.
teams-name = Teamname
teams-add = Team hinzufügen
teams-save = Speichern
teams-cancel = Abbrechen
teams-rename = Umbenennen
teams-delete = Löschen
# $team (String) - der Name des Teams; $count (Number) - Konversationen des Teams
teams-delete-confirm = { $count ->
    [0] Das Team „{ $team }“ löschen? Es bearbeitet keine Konversationen; seine Kalender werden gelöst, sonst geht nichts verloren.
    [one] Das Team „{ $team }“ löschen? Seine Konversation und seine Kalender werden gelöst und zählen nach dem Kalender des Shops oder dem Standardkalender; sonst geht nichts verloren.
   *[other] Das Team „{ $team }“ löschen? Seine { $count } Konversationen und seine Kalender werden gelöst und zählen nach dem Kalender des Shops oder dem Standardkalender; sonst geht nichts verloren.
}
# $count (Number) - Konversationen des Teams
teams-conversations = { $count ->
    [one] 1 Konversation
   *[other] { $count } Konversationen
}
# $calendar (String) - die Namen der Kalender des Teams
teams-calendar = Kalender: { $calendar }
teams-no-calendar = Kein eigener Kalender
teams-calendar-team = Mit Team verbunden
teams-none = Kein Team
teams-choose = Team wählen
teams-header-team = Team
teams-filter = Team
teams-filter-all = Alle Teams
teams-filter-none = Kein Team

## Protokoll einer Uhr: welcher Kalender zählte und warum
# $calendar (String) - Name des Kalenders; $team (String) - Name des Teams
teams-audit-calendar-team = nach dem Kalender „{ $calendar }“ des Teams { $team }
# $calendar (String) - Name des Kalenders
teams-audit-calendar-shop = nach dem Shop-Kalender „{ $calendar }“ (kein Teamkalender)
# $calendar (String) - Name des Kalenders
teams-audit-calendar-default = nach dem Standardkalender „{ $calendar }“ (weder Team- noch Shop-Kalender)
# $calendar (String) - Name des Kalenders
teams-audit-calendar-policy = nach dem Kalender „{ $calendar }“, den die Richtlinie nennt

## Regeln
teams-rule-cond-team = Team
teams-rule-act-assign-team = Team zuweisen
# $team (String) - Name des Teams
rule-action-assign-team = In das Team { $team } verschieben
# $actual (String) - Team der Konversation; $expected (String) - die Teams der Regel
rule-check-team-passed = Team ist { $actual }
rule-check-team-failed = Team ist { $actual }, nicht { $expected }
