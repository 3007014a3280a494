// An AppError from the core, in the agent's language.
import type { AppError } from '../../lib/bindings';
import { t } from '../../lib/i18n.svelte';

export function errorText(err: AppError): string {
  return t(err.message_id, err.args);
}
