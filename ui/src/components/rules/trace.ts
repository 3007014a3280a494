// A rule's trace line, a send-check finding or a core error as text in the agent's language:
// the core sends Fluent ids with arguments; arguments that are vocabulary words (a priority, a
// status, a category, a channel, a logistics problem) are labelled first, so "urgent" reads
// "紧急" in Chinese.
import type { TraceLine } from '../../lib/bindings';
import { t } from '../../lib/i18n.svelte';
import { CATEGORIES, CHANNELS, PRIORITIES, STATUSES } from '../../lib/labels';
import { LOGISTICS_PROBLEMS, GRADES, SEGMENTS } from './labels';

const VOCABULARIES: Record<string, string>[] = [PRIORITIES, STATUSES, CATEGORIES, CHANNELS, LOGISTICS_PROBLEMS, GRADES, SEGMENTS];

/** One value, labelled when it is a vocabulary word; lists are labelled item by item. */
export function labelValue(value: string): string {
  return value
    .split(', ')
    .map((word) => {
      if (word === 'none') return t('rule-value-none');
      for (const map of VOCABULARIES) {
        const id = map[word];
        if (id) return t(id);
      }
      return word;
    })
    .join(', ');
}

/** A message id from the core with its arguments, formatted. */
export function formatCoreMessage(messageId: string, args: Partial<Record<string, string>>): string {
  const labelled: Record<string, string> = {};
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
    labelled[key] = key === 'rule' || key === 'text' ? value : labelValue(value);
  }
  const id = messageId;
  return t(id, labelled);
}

export function traceText(line: TraceLine): string {
  return formatCoreMessage(line.message_id, line.args);
}
