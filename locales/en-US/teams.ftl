# Teams (desks): the Teams tab of the SLA settings, the team of a conversation, the team filter,
# the calendar's team, the audit's "which calendar and why", and the rules' team check and action.

teams-tab = Teams
teams-hint = A conversation handled by a team counts business time on the team's calendar, before its shop's calendar and the default. Attach a calendar to a team in the Calendars tab.
teams-empty = No teams yet.
teams-name = Team name
teams-add = Add team
teams-save = Save
teams-cancel = Cancel
teams-rename = Rename
teams-delete = Delete
# $team (String) - the team's name; $count (Number) - conversations the team handles
teams-delete-confirm = { $count ->
    [0] Delete the team “{ $team }”? It handles no conversations; its calendars are detached and nothing else is lost.
    [one] Delete the team “{ $team }”? Its conversation and its calendars are detached and count on the shop's or the default calendar; nothing else is lost.
   *[other] Delete the team “{ $team }”? Its { $count } conversations and its calendars are detached and count on the shop's or the default calendar; nothing else is lost.
}
# $count (Number) - conversations the team handles
teams-conversations = { $count ->
    [one] 1 conversation
   *[other] { $count } conversations
}
# $calendar (String) - the names of the calendars attached to the team
teams-calendar = Calendar: { $calendar }
teams-no-calendar = No calendar of its own
teams-calendar-team = Attached to team
teams-none = No team
teams-choose = Choose a team
teams-header-team = Team
teams-filter = Team
teams-filter-all = All teams
teams-filter-none = No team

## The audit of a clock: which calendar counted and why
# $calendar (String) - the calendar's name; $team (String) - the team's name
teams-audit-calendar-team = on the “{ $calendar }” calendar of the team { $team }
# $calendar (String) - the calendar's name
teams-audit-calendar-shop = on the shop's calendar “{ $calendar }” (no team calendar)
# $calendar (String) - the calendar's name
teams-audit-calendar-default = on the default calendar “{ $calendar }” (no team or shop calendar)
# $calendar (String) - the calendar's name
teams-audit-calendar-policy = on the calendar “{ $calendar }” that the policy names

## Rules
teams-rule-cond-team = Team
teams-rule-act-assign-team = Assign to team
# $team (String) - the team's name
rule-action-assign-team = Move to the team { $team }
# $actual (String) - the conversation's team ("none": no team); $expected (String) - the teams the rule wants
rule-check-team-passed = Team is { $actual }
rule-check-team-failed = Team is { $actual }, not { $expected }
