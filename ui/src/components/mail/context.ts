// The mail state shared by the accounts panel, the sync bar and the welcome screen.
import { getContext, setContext } from 'svelte';
import type { MailState } from './mailState.svelte';

const KEY = Symbol('mail');

export function provideMail(mail: MailState): void {
  setContext(KEY, mail);
}

export function useMail(): MailState | undefined {
  return getContext<MailState | undefined>(KEY);
}
