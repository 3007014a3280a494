# SLA settings: business calendars (zone, weekly hours, holidays, date overrides), the ordered
# policies (conditions, targets, warning lead), "recompute history", and the alert shown before
# a breach.

sla-settings-open = SLA calendars and policies…
sla-settings-title = SLA calendars and policies
sla-settings-tab-calendars = Calendars
sla-settings-tab-policies = Policies
sla-settings-close = Close
sla-settings-loading = Loading…
sla-settings-remove = Remove

## Calendars

sla-settings-calendar = Calendar
sla-settings-add-calendar = New calendar
sla-settings-new-calendar = (new calendar)
sla-settings-calendar-name = Name
sla-settings-calendar-zone = Time zone
sla-settings-calendar-applies = Applies to
sla-settings-calendar-default = Every shop without its own calendar (default)
sla-settings-calendar-unattached = Only policies that name it
sla-settings-weekly = Weekly opening hours
sla-settings-weekly-hint = Write each interval as HH:MM-HH:MM. Add several for a lunch break or split shifts; an end before the start runs past midnight (22:00-02:00).
sla-settings-day-mon = Monday
sla-settings-day-tue = Tuesday
sla-settings-day-wed = Wednesday
sla-settings-day-thu = Thursday
sla-settings-day-fri = Friday
sla-settings-day-sat = Saturday
sla-settings-day-sun = Sunday
sla-settings-closed-all-day = Closed
# $day (String) - the weekday name, e.g. "Monday"
sla-settings-interval-label = Opening interval on { $day }
sla-settings-add-interval = + interval
sla-settings-days = Holidays and date overrides
sla-settings-holiday-set = Holiday set
# $year (String) - e.g. 2026
sla-settings-region-cn = China { $year }
sla-settings-region-us = United States { $year }
sla-settings-region-de = Germany { $year }
sla-settings-region-br = Brazil { $year }
sla-settings-import-set = Import holiday set
sla-settings-import-ics = Import .ics file
# $count (Number) - how many days were added or replaced
sla-settings-imported = { $count ->
    [one] 1 day imported. Save the calendar to keep it.
   *[other] { $count } days imported. Save the calendar to keep them.
}
sla-settings-day-date = Date
sla-settings-day-kind = Kind
sla-settings-day-label = Name or reason
sla-settings-day-hours = Hours
sla-settings-kind-holiday = Holiday (closed)
sla-settings-kind-working-day = Make-up working day
sla-settings-kind-closed = Closed
sla-settings-kind-half-day = Half day
sla-settings-kind-special-hours = Special hours
sla-settings-add-day = + date
# $count (Number) - how many dated days the calendar has
sla-settings-day-count = { $count ->
    [one] 1 date
   *[other] { $count } dates
}
sla-settings-save-calendar = Save calendar
sla-settings-saved-calendar = Calendar saved. It applies to clocks computed from now on.

## Policies

sla-settings-policies-hint = The first policy whose conditions match a conversation applies.
# $version (Number) - the policy's version, e.g. 3
sla-settings-version = v{ $version }
# $name (String) - the policy's name
sla-settings-move-up = Move { $name } up
sla-settings-move-down = Move { $name } down
sla-settings-add-policy = New policy
sla-settings-policy-name = Name
sla-settings-conditions = Conditions
sla-settings-conditions-hint = Leave a group empty to match any value.
sla-settings-channels = Channels
sla-settings-stores = Shops
sla-settings-priorities = Priorities
sla-settings-grades = Customer grades
sla-settings-grade-a = Key customer A
sla-settings-grade-b = Key customer B
sla-settings-grade-ordinary = Ordinary
sla-settings-grade-small = Small
sla-settings-grade-blacklist = Blacklist
sla-settings-categories = Categories
sla-settings-languages = Languages (e.g. es, pt-BR)
sla-settings-targets = Targets
sla-settings-metric-first = First response
sla-settings-metric-next = Next response
sla-settings-metric-resolution = Resolution
sla-settings-minutes = minutes
sla-settings-basis = Counted in
sla-settings-basis-business = business hours
sla-settings-basis-calendar = calendar time (every hour)
sla-settings-calendar-own = the conversation's shop calendar
sla-settings-no-target = No target
sla-settings-warn-before = Warn
# $version (Number) - the version saving will create
sla-settings-save-hint = Saving creates version { $version }; conversations keep their version until you recompute history.
sla-settings-save-policy = Save policy
sla-settings-saved-policy = Policy saved as a new version. It applies to new clocks.
sla-settings-delete-policy = Delete policy
sla-settings-deleted-policy = Policy deleted. Its conversations follow the first matching policy at their next computation.

## Recompute history

sla-settings-recompute = Recompute history
sla-settings-recompute-hint = Recompute history re-evaluates every conversation's clocks with the current calendars and policies.
# $changed (Number) - conversations whose deadlines or policy version changed
# $total (Number) - conversations re-evaluated
# $ms (Number) - how long it took, in milliseconds
sla-settings-recomputed = Recomputed { $total } conversations in { $ms } ms: { $changed } changed.

## Alert before a breach

# $count (Number) - conversations that just started warning
sla-alert-text = { $count ->
    [one] 1 conversation is about to breach its deadline:
   *[other] { $count } conversations are about to breach their deadlines. Most urgent:
}
# $due (String) - the due time in the agent's zone
sla-alert-due = due { $due }
sla-alert-open = Open the most urgent
sla-alert-dismiss = Dismiss
