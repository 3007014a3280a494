# SLA settings messages that Rust formats: the errors the core returns when calendars, policies
# or imports are refused, and the title of the native notification before a breach.

# Title of the native notification.
# $count (Number) - conversations that just started warning
sla-alert-notification-title = { $count ->
    [one] A reply is due soon
   *[other] { $count } replies are due soon
}

## Errors of the SLA settings

error-sla-empty-name = Give the calendar or policy a name.
error-sla-unknown-zone = Choose a time zone from the list.
# $weekday (Number) - 1 = Monday … 7 = Sunday
error-sla-bad-interval = An opening interval on weekday { $weekday } is not written as HH:MM-HH:MM.
# $row (Number) - the row of the date list, from 1
error-sla-bad-date = Row { $row } of the date list needs a valid date.
# $row (Number) - the row of the date list, from 1
error-sla-bad-day-hours = Row { $row } of the date list needs hours written as HH:MM-HH:MM.
error-sla-unknown-calendar = A target counts business hours on a calendar that does not exist.
error-sla-negative-target = Targets and the warning lead cannot be negative.
error-sla-no-default = One calendar must stay the default.
# $line (Number) - the line of the file, from 1
error-sla-bad-ics = The .ics file could not be read (line { $line }).
error-sla-unknown-set = There is no built-in holiday set for that country and year.
error-sla-not-found = That policy or calendar no longer exists.
error-sla-already-attached = The calendar “{ $calendar }” already counts the hours of this team or shop. Detach it there first.
