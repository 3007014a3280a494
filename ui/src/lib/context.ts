// The stores of one mounted app, shared with its components through Svelte context, so each
// mount (and each test) has its own state.
import { getContext, setContext } from 'svelte';
import type { AppState } from '../stores/app.svelte';
import type { InboxStore } from '../stores/inbox.svelte';
import type { ConversationStore } from '../stores/conversation.svelte';

const APP = Symbol('app');
const INBOX = Symbol('inbox');
const CONVERSATION = Symbol('conversation');

export function provideApp(app: AppState): void {
  setContext(APP, app);
}
export function useApp(): AppState {
  return getContext(APP);
}
export function provideInbox(inbox: InboxStore, conversation: ConversationStore): void {
  setContext(INBOX, inbox);
  setContext(CONVERSATION, conversation);
}
export function useInbox(): InboxStore {
  return getContext(INBOX);
}
export function useConversation(): ConversationStore {
  return getContext(CONVERSATION);
}
