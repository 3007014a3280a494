# Rules, reply templates and the check before sending: the rule editor panel with its dry run,
# the template picker of the composer and the send check's findings.

## Settings menu and panel

settings-rules-open = Rules and automations…
rules-title = Rules
rules-close = Close
rules-new = New rule
rules-empty = No rules yet. Create one, try it with a dry run, then switch it on.
rules-enabled = On
rules-enabled-title = Switch the rule on or off
rules-move-up = Move up
rules-move-down = Move down
rules-delete = Delete
rules-edit = Edit
rules-export = Export JSON
rules-import = Import JSON
rules-import-label = Paste an exported rule set
# $count (Number) - how many rules were imported
rules-imported = { $count ->
    [one] Imported one rule.
   *[other] Imported { $count } rules.
}
rules-saved = Rule saved.

## Rule form

rules-name-label = Name
rules-name-placeholder = e.g. Damaged parcels are urgent
rules-trigger-label = When
rule-trigger-new-buyer-message = A buyer message arrives
rule-trigger-agent-reply = An agent replies
rule-trigger-status-change = The status changes
rule-trigger-time = Time passes
rules-anchor-label = Counting from
rule-anchor-last-buyer-message = the buyer's last message
rule-anchor-last-agent-message = the last agent reply
rule-anchor-status-change = the last status change
rules-after-minutes = Minutes
rules-match-label = If
rules-match-all = all conditions hold
rules-match-any = any condition holds
rules-add-condition = Add condition
rules-add-action = Add action
rules-actions-label = Then
rules-remove = Remove
rules-value-placeholder = Values, separated by commas
rules-stop-after-match = Stop evaluating later rules when this one matches
rules-save = Save rule
rules-cancel = Cancel

## Condition kinds

rule-cond-channel = Channel
rule-cond-language = Language
rule-cond-country = Country
rule-cond-category = Category
rule-cond-logistics-problem = Logistics problem
rule-cond-customer-grade = Customer grade
rule-cond-segment = Segment
rule-cond-keywords = Keywords
rule-cond-regex = Regular expression
rule-cond-priority = Priority
rule-cond-status = Status
rule-cond-business-hours = Within business hours
rule-cond-blacklisted = Buyer is blacklisted
rule-cond-awaiting-agent = Waiting for an agent
rule-cond-yes = yes
rule-cond-no = no

## Action kinds

rule-act-assign = Assign to
rule-act-tag = Add tag
rule-act-set-priority = Set priority
rule-act-set-category = Set category
rule-act-apply-sla-policy = Apply SLA policy
rule-act-set-status = Set status
rule-act-auto-reply = Auto-reply with template
rule-act-add-note = Add internal note
rule-act-notify = Notify agent

## Dry run

rules-dry-run = Dry run
rules-dry-run-limit = Last conversations
rules-dry-run-title = What this rule would have done
# $matched (Number) - conversations the rule matched
# $total (Number) - conversations looked at
rules-dry-run-summary = { $matched ->
    [one] Matches one of { $total } conversations.
   *[other] Matches { $matched } of { $total } conversations.
}
rules-col-conversation = Conversation
rules-col-result = Result
rules-col-why = Why
rules-col-actions = Would do
rules-result-matched = Matches
rules-result-not-matched = No match
rules-runs-title = Rule runs

## Outcome of a rule for one conversation (from the core's trace)
## $rule (String) - the rule's name; $due (String) - an instant in ms (time rules)

rule-outcome-matched = “{ $rule }” matched
rule-outcome-not-matched = “{ $rule }” did not match
rule-outcome-disabled = “{ $rule }” is switched off
rule-outcome-other-trigger = “{ $rule }” listens to another trigger
rule-outcome-already-applied = “{ $rule }” already acted on this event
rule-outcome-stopped = “{ $rule }” was skipped: an earlier rule stopped the evaluation
rule-outcome-not-due = “{ $rule }” is not due yet

## Condition checks (from the core's trace)
## $actual (String) - the conversation's value; $expected (String) - what the rule asks for

rule-check-any-empty-passed = No alternatives to check
rule-check-any-empty-failed = No alternatives: “any” of nothing never holds
rule-check-not-passed = The negated condition does not hold, as required
rule-check-not-failed = The negated condition holds
rule-check-keywords-passed = Found keyword “{ $actual }” (looked for { $expected })
rule-check-keywords-failed = None of the keywords { $expected } appear
rule-check-regex-passed = Pattern { $expected } matched “{ $actual }”
rule-check-regex-failed = Pattern { $expected } does not match
rule-check-channel-passed = Channel is { $actual }
rule-check-channel-failed = Channel is { $actual }, not { $expected }
rule-check-store-id-passed = Store is { $actual }
rule-check-store-id-failed = Store is { $actual }, not { $expected }
rule-check-language-passed = Language is { $actual }
rule-check-language-failed = Language is { $actual }, not { $expected }
rule-check-country-passed = Country is { $actual }
rule-check-country-failed = Country is { $actual }, not { $expected }
rule-check-category-passed = Category is { $actual }
rule-check-category-failed = Category is { $actual }, not { $expected }
rule-check-logistics-problem-passed = Logistics problem is { $actual }
rule-check-logistics-problem-failed = Logistics problem is { $actual }, not { $expected }
rule-check-customer-grade-passed = Customer grade is { $actual }
rule-check-customer-grade-failed = Customer grade is { $actual }, not { $expected }
rule-check-segment-passed = Segment is { $actual }
rule-check-segment-failed = Segment is { $actual }, not { $expected }
rule-check-order-value-passed = Order value { $actual } meets { $expected }
rule-check-order-value-failed = Order value { $actual } does not meet { $expected }
rule-check-priority-passed = Priority is { $actual }
rule-check-priority-failed = Priority is { $actual }, not { $expected }
rule-check-status-passed = Status is { $actual }
rule-check-status-failed = Status is { $actual }, not { $expected }
rule-check-has-tag-passed = Has a tag among { $expected }
rule-check-has-tag-failed = Tags { $actual } include none of { $expected }
rule-check-minutes-since-buyer-message-passed = { $actual } minutes since the buyer wrote ({ $expected })
rule-check-minutes-since-buyer-message-failed = { $actual } minutes since the buyer wrote, needs { $expected }
rule-check-minutes-since-agent-message-passed = { $actual } minutes since the last reply ({ $expected })
rule-check-minutes-since-agent-message-failed = { $actual } minutes since the last reply, needs { $expected }
rule-check-minutes-since-status-change-passed = { $actual } minutes since the status changed ({ $expected })
rule-check-minutes-since-status-change-failed = { $actual } minutes since the status changed, needs { $expected }
rule-check-awaiting-agent-passed = Waiting for an agent: { $actual ->
        [true] yes
       *[other] no
    }
rule-check-awaiting-agent-failed = Waiting for an agent: { $actual ->
        [true] yes
       *[other] no
    }, needs { $expected ->
        [true] yes
       *[other] no
    }
rule-check-business-hours-passed = Within business hours: { $actual ->
        [true] yes
       *[other] no
    }
rule-check-business-hours-failed = Within business hours: { $actual ->
        [true] yes
       *[other] no
    }, needs { $expected ->
        [true] yes
       *[other] no
    }
rule-check-blacklisted-passed = Buyer blacklisted: { $actual ->
        [true] yes
       *[other] no
    }
rule-check-blacklisted-failed = Buyer blacklisted: { $actual ->
        [true] yes
       *[other] no
    }, needs { $expected ->
        [true] yes
       *[other] no
    }

## Actions (from the core's trace)

rule-action-assign = Assign to { $agent }
rule-action-tag = Add tag “{ $tag }”
rule-action-set-priority = Set priority to { $priority }
rule-action-set-category = Set category to { $category }
rule-action-apply-sla-policy = Apply SLA policy { $policy }
rule-action-set-status = Set status to { $status }
rule-action-auto-reply = Auto-reply with template { $template }
rule-action-add-note = Add internal note “{ $text }”
rule-action-notify = Notify { $agent }

## Rule set problems (import, save)

rules-invalid-json = The rule set is not valid JSON (line { $line }, column { $column }).
rules-unknown-format = This is not a Bridgedesk rule set (format “{ $format }”).
rules-unsupported-version = Rule set version { $version } is not supported by this Bridgedesk.
rules-too-many-rules = Too many rules: at most { $max }.
rules-empty-rule-id = Rule number { $index } has no id.
rules-duplicate-rule-id = The rule id “{ $rule }” appears twice.
rules-no-actions = The rule “{ $rule }” has no actions.
rules-invalid-regex = The rule “{ $rule }” has an invalid regular expression: { $pattern }
rules-regex-too-long = The rule “{ $rule }” has a regular expression longer than { $max } bytes.
rules-condition-too-deep = The rule “{ $rule }” nests conditions deeper than { $max } levels.
rules-negative-duration = The rule “{ $rule }” has a negative duration.
rules-unknown-template = The rule “{ $rule }” names the unknown template “{ $template }”.
error-rules-invalid = This is not a rule the editor can save.
template-no-variant = The template “{ $template }” has no text in any language.
template-syntax = The template “{ $template }” ({ $language }) is not valid.
template-missing-variable = The template “{ $template }” ({ $language }) needs { $variable }, which this conversation lacks.
template-format = The template “{ $template }” ({ $language }) could not be filled in.
template-unknown-time-zone = The buyer's time zone { $zone } is unknown.
error-template-unknown = This template no longer exists.
error-reply-blocked = The reply was not sent: it contains something the marketplace forbids. Remove the highlighted text.
error-demo-not-demo = Simulated messages are only for the demo workspace.
error-blacklist-reason-missing = Give a reason for blacklisting this buyer.
error-grade-thresholds-invalid = These grade thresholds cannot be saved.

## Templates in the composer

template-open = Templates
# $shortcut (String) - the key combination, e.g. "Ctrl+Shift+T"
template-open-title = Insert a reply template ({ $shortcut })
template-search-placeholder = Search templates
template-empty = No template matches.
template-language-label = Buyer's language
template-insert = Insert
# $language (String) - the agent's own language code, e.g. "zh"
template-preview-label = Preview in your language ({ $language })
# $language (String) - the language code of the text for the buyer, e.g. "es"
template-buyer-label = For the buyer ({ $language })

## Check before sending
## $text (String) - the offending text; $channel (String) - the channel's code

send-check-title = Check before sending
send-check-override = Send anyway
send-check-blocked = Sending is blocked until the highlighted text is removed.
send-check-warned = Check the highlighted text; you may send anyway.
send-check-sensitive-word-warn = “{ $text }” is on the sensitive-word list.
send-check-email-address-warn = “{ $text }” is an e-mail address (personal data).
send-check-email-address-block = E-mail addresses such as “{ $text }” are not allowed in { $channel } messages.
send-check-phone-number-warn = “{ $text }” looks like a phone number (personal data).
send-check-phone-number-block = Phone numbers such as “{ $text }” are not allowed in { $channel } messages.
send-check-payment-card-block = “{ $text }” looks like a payment card number; never send card data.
send-check-iban-warn = “{ $text }” looks like a bank account number (IBAN).
send-check-iban-block = Bank details such as “{ $text }” are not allowed in { $channel } messages.
send-check-link-warn = The link “{ $text }” may only point to what the order needs.
send-check-link-block = Links such as “{ $text }” are not allowed in { $channel } messages.
send-check-off-platform-app-block = “{ $text }” moves the buyer off the platform, which { $channel } forbids.

## Developer tools (demo only)

dev-simulate-message = Simulate buyer message
dev-simulate-hint = Demo tool: writes a realistic new buyer message into a demo conversation through the same path as a channel's sync, so rules can be seen acting.

## A value that is absent in a trace

rule-value-none = none

## Sensitive-word lists

rules-words-title = Sensitive words
rules-words-hint = The check before sending warns when a reply in this language contains one of these words (one per line).
rules-words-language = Language
rules-words-save = Save words

## The notice of a rule's "notify" action (in-app and as a desktop notification)

# $rule (String) - the rule's name as the agent wrote it
rules-notice-text = Rule “{ $rule }” asks for your attention
# $agent (String) - the agent the conversation is assigned to
rules-notice-agent = for { $agent }
rules-notice-open = Open the conversation
rules-notice-dismiss = Dismiss
