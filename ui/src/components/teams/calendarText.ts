// The audit's "why this calendar" sentence: the core says which calendar a clock counts on and
// why (the conversation's team has it, its shop has it, neither so the default, or the policy
// names it); the agent reads it in their language.
import type { SlaCalendarChoice } from '../../lib/bindings';
import { t } from '../../lib/i18n.svelte';

export function calendarText(choice: SlaCalendarChoice): string {
  const calendar = choice.name;
  switch (choice.source) {
    case 'team':
      return t('teams-audit-calendar-team', { calendar, team: choice.team_name ?? '' });
    case 'shop':
      return t('teams-audit-calendar-shop', { calendar });
    case 'default':
      return t('teams-audit-calendar-default', { calendar });
    default:
      return t('teams-audit-calendar-policy', { calendar });
  }
}
