// Keyboard-first inbox: which key does what. Pure, so it is tested without a DOM layout.

export type ShortcutAction =
  | 'next'
  | 'previous'
  | 'open'
  | 'reply'
  | 'resolve'
  | 'unread'
  | 'search'
  | 'help'
  | 'escape';

/** The shortcuts in the order the help overlay lists them, with their message ids. */
export const SHORTCUTS: { keys: string[]; label: string }[] = [
  { keys: ['j'], label: 'shortcut-next' },
  { keys: ['k'], label: 'shortcut-previous' },
  { keys: ['Enter'], label: 'shortcut-open' },
  { keys: ['r'], label: 'shortcut-reply' },
  { keys: ['e'], label: 'shortcut-resolve' },
  { keys: ['u'], label: 'shortcut-mark-unread' },
  { keys: ['/'], label: 'shortcut-search' },
  { keys: ['?'], label: 'shortcut-help' },
  { keys: ['Esc'], label: 'shortcut-escape' },
  { keys: ['Ctrl', 'Enter'], label: 'shortcut-send' },
];

const KEYS: Record<string, ShortcutAction> = {
  j: 'next',
  k: 'previous',
  Enter: 'open',
  r: 'reply',
  e: 'resolve',
  u: 'unread',
  '/': 'search',
  '?': 'help',
};

/** True when the event's target takes typed text (shortcuts are off there). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || el.isContentEditable) return true;
  if (tag === 'input') {
    const type = ((el as HTMLInputElement).type || 'text').toLowerCase();
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(type);
  }
  return false;
}

/** The action a key press asks for, or null; only Esc works while typing. */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): ShortcutAction | null {
  if (event.key === 'Escape') return 'escape';
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  if (event.key === 'Enter') {
    const tag = (event.target as HTMLElement | null)?.tagName?.toLowerCase();
    // Enter on a focused button or link keeps its own meaning.
    if (tag === 'button' || tag === 'a' || tag === 'summary') return null;
  }
  return KEYS[event.key] ?? null;
}
