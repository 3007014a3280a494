import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { shortcutFor } from '../lib/shortcuts';
import { installBackend } from './backend';
import { openFirstConversation, renderInbox } from './render';
import { SUMMARIES, detail } from './fixtures';

function key(key: string, target: EventTarget | null = document.body, mods: Partial<KeyboardEvent> = {}) {
  return shortcutFor({ key, target, ctrlKey: false, metaKey: false, altKey: false, ...mods });
}

function selectedRow() {
  return screen.getAllByTestId('conversation-row').find((r) => r.getAttribute('aria-selected') === 'true');
}

describe('keyboard shortcuts', () => {
  it('maps j, k, Enter, r, e, u, / and ? to their actions', () => {
    expect(key('j')).toBe('next');
    expect(key('k')).toBe('previous');
    expect(key('Enter')).toBe('open');
    expect(key('r')).toBe('reply');
    expect(key('e')).toBe('resolve');
    expect(key('u')).toBe('unread');
    expect(key('/')).toBe('search');
    expect(key('?')).toBe('help');
    expect(key('Escape')).toBe('escape');
    expect(key('x')).toBeNull();
  });

  it('ignores shortcuts while typing, except Esc', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const select = document.createElement('select');
    for (const target of [input, textarea, select]) {
      expect(key('j', target)).toBeNull();
      expect(key('e', target)).toBeNull();
      expect(key('Escape', target)).toBe('escape');
    }
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(key('j', checkbox)).toBe('next');
  });

  it('ignores keys pressed with Ctrl, Cmd or Alt', () => {
    expect(key('j', document.body, { ctrlKey: true })).toBeNull();
    expect(key('e', document.body, { metaKey: true })).toBeNull();
    expect(key('k', document.body, { altKey: true })).toBeNull();
  });

  it('moves the selection with j and k and opens it with Enter', async () => {
    const backend = installBackend();
    await renderInbox();
    await fireEvent.keyDown(window, { key: 'j' });
    await waitFor(() => expect(selectedRow()?.dataset.id).toBe('1'));
    await fireEvent.keyDown(window, { key: 'j' });
    await fireEvent.keyDown(window, { key: 'j' });
    await waitFor(() => expect(selectedRow()?.dataset.id).toBe('3'));
    await fireEvent.keyDown(window, { key: 'k' });
    await waitFor(() => expect(selectedRow()?.dataset.id).toBe('2'));
    expect(selectedRow()?.classList.contains('selected')).toBe(true);
    await fireEvent.keyDown(window, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('conversation-pane').dataset.id).toBe('2'));
    expect(backend.callsOf('conversation_open')).toEqual([{ id: 2 }]);
  });

  it('resolves the open conversation with e', async () => {
    const backend = installBackend();
    await openFirstConversation();
    await fireEvent.keyDown(window, { key: 'e' });
    await waitFor(() => expect(screen.getByTestId('conversation-status').dataset.status).toBe('resolved'));
    expect(backend.callsOf('conversation_set_status')).toEqual([{ id: 1, status: 'resolved' }]);
  });

  it('marks the open conversation unread with u and puts it down, so it is not read again', async () => {
    const backend = installBackend();
    await openFirstConversation();
    await fireEvent.keyDown(window, { key: 'u' });
    await waitFor(() => expect(backend.callsOf('conversation_mark_unread')).toEqual([{ id: 1 }]));
    await waitFor(() => expect(screen.getByTestId('conversation-pane').dataset.id).toBe(''));
    const row = screen.getAllByTestId('conversation-row').find((r) => r.dataset.id === '1')!;
    await waitFor(() => expect(row.querySelector('.unread-badge')?.textContent).toBe('1'));
    expect(backend.callsOf('conversation_open')).toEqual([{ id: 1 }]);
  });

  it('highlights no other row when the open conversation leaves the list, and j continues from there', async () => {
    const resolved = new Set<number>();
    const backend = installBackend({
      inbox_list: (a) => {
        const items = SUMMARIES.filter((c) => !resolved.has(c.id));
        return { total: items.length, total_capped: false, offset: a.offset, items };
      },
      conversation_set_status: (a) => {
        resolved.add(a.id as number);
        return { ...detail(a.id as number).summary, status: a.status };
      },
    });
    await openFirstConversation();
    await waitFor(() => expect(selectedRow()?.dataset.id).toBe('1'));
    await fireEvent.keyDown(window, { key: 'e' });
    await waitFor(() => expect(backend.callsOf('conversation_set_status').length).toBe(1));
    await backend.emit('inbox-changed', { conversation_ids: [1] });
    await waitFor(() => expect(screen.getAllByTestId('conversation-row').some((r) => r.dataset.id === '1')).toBe(false));
    expect(selectedRow()).toBeUndefined();
    expect(screen.getByTestId('conversation-pane').dataset.id).toBe('1');
    await fireEvent.keyDown(window, { key: 'j' });
    await waitFor(() => expect(selectedRow()?.dataset.index).toBe('0'));
  });

  it('does not resolve when e is typed in the composer', async () => {
    const backend = installBackend();
    await openFirstConversation();
    await fireEvent.keyDown(screen.getByTestId('composer-input'), { key: 'e' });
    expect(backend.callsOf('conversation_set_status')).toEqual([]);
  });

  it('focuses the composer with r and the search box with /', async () => {
    installBackend();
    await openFirstConversation();
    await fireEvent.keyDown(window, { key: 'r' });
    expect(document.activeElement).toBe(screen.getByTestId('composer-input'));
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(document.activeElement).not.toBe(screen.getByTestId('composer-input'));
    await fireEvent.keyDown(window, { key: '/' });
    expect(document.activeElement).toBe(screen.getByTestId('search-input'));
  });

  it('toggles the help overlay with ? and closes it with Esc', async () => {
    installBackend();
    await renderInbox();
    expect(screen.queryByTestId('help-overlay')).toBeNull();
    await fireEvent.keyDown(window, { key: '?' });
    expect(screen.getByTestId('help-overlay').textContent).toContain('Next conversation');
    await fireEvent.keyDown(window, { key: '?' });
    expect(screen.queryByTestId('help-overlay')).toBeNull();
    await fireEvent.keyDown(window, { key: '?' });
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('help-overlay')).toBeNull();
  });
});
