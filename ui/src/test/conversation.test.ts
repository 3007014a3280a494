import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { installBackend } from './backend';
import { openFirstConversation } from './render';
import { NOW, detail as baseDetail, message } from './fixtures';

describe('conversation pane', () => {
  it('opens a clicked conversation and shows its thread, notes and buyer', async () => {
    const backend = installBackend();
    await openFirstConversation();
    expect(backend.callsOf('conversation_open')).toEqual([{ id: 1 }]);
    const messages = screen.getAllByTestId('message');
    expect(messages.map((m) => m.dataset.direction)).toEqual(['inbound', 'outbound']);
    expect(messages[0].dataset.authorKind).toBe('customer');
    expect(messages[0].textContent).toContain('wo ist mein Paket?');
    expect(screen.getByTestId('note').textContent).toContain('Customs hold');
    expect(screen.getByTestId('conversation-status').dataset.status).toBe('open');
    expect(screen.getByTestId('tracking-number').textContent).toBe('RB123456785CN');
    expect(screen.getByTestId('order').textContent).toContain('€15.98');
    expect(screen.getByTestId('buyer-local-time').textContent).toMatch(/from you/);
  });

  it('renders message text as text, never as markup', async () => {
    installBackend({
      conversation_open: (a) => ({
        ...baseDetail(a.id as number),
        messages: [
          message(1, {
            channel: 'email',
            text: '<img src=x onerror=alert(1)>',
            html: '<p>hi<script>alert(1)</script></p>',
          }),
        ],
      }),
    });
    await openFirstConversation();
    const shown = screen.getByTestId('message');
    expect(shown.querySelector('img')).toBeNull();
    expect(shown.textContent).toContain('<img src=x onerror=alert(1)>');
    await fireEvent.click(within(shown).getByText('Show original formatting'));
    const frame = shown.querySelector('iframe')!;
    expect(frame.getAttribute('sandbox')).toBe('');
  });

  it('restores the saved draft and saves edits after a pause', async () => {
    const backend = installBackend();
    await openFirstConversation();
    const composer = screen.getByTestId('composer-input') as HTMLTextAreaElement;
    expect(composer.value).toBe('Saved draft text');
    await fireEvent.input(composer, { target: { value: 'Hello Jonas' } });
    await waitFor(() => expect(backend.callsOf('draft_save')).toEqual([{ id: 1, text: 'Hello Jonas' }]), { timeout: 1500 });
  });

  it('saves the draft at once when switching to another conversation', async () => {
    const backend = installBackend();
    await openFirstConversation();
    await fireEvent.input(screen.getByTestId('composer-input'), { target: { value: 'half-written' } });
    screen.getAllByTestId('conversation-row')[1].click();
    await waitFor(() => expect(screen.getByTestId('conversation-pane').dataset.id).toBe('2'));
    expect(backend.callsOf('draft_save')[0]).toEqual({ id: 1, text: 'half-written' });
    expect((screen.getByTestId('composer-input') as HTMLTextAreaElement).value).toBe('');
  });

  it('shows a sent reply at once as queued in the outbox', async () => {
    const backend = installBackend();
    await openFirstConversation();
    const composer = screen.getByTestId('composer-input');
    await fireEvent.input(composer, { target: { value: 'Your parcel left customs today.' } });
    await fireEvent.click(screen.getByTestId('composer-send'));
    await waitFor(() => expect(screen.getAllByTestId('message')).toHaveLength(3));
    expect(backend.callsOf('reply_send')).toEqual([{ id: 1, text: 'Your parcel left customs today.', overrideWarnings: false }]);
    const last = screen.getAllByTestId('message')[2];
    expect(last.dataset.direction).toBe('outbound');
    const state = within(last).getByTestId('delivery-state');
    expect(state.dataset.state).toBe('queued');
    expect(state.textContent?.trim()).toBe('Queued');
    expect(state.getAttribute('title')).toBe('Waits in the outbox until the channel sends it');
    expect((composer as HTMLTextAreaElement).value).toBe('');
  });

  it('sends with Ctrl+Enter from the composer', async () => {
    const backend = installBackend();
    await openFirstConversation();
    const composer = screen.getByTestId('composer-input');
    await fireEvent.input(composer, { target: { value: 'Thanks!' } });
    await fireEvent.keyDown(composer, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(backend.callsOf('reply_send')).toHaveLength(1));
  });

  it('marks the conversation unread from its header and does not read it again on the next change', async () => {
    const backend = installBackend();
    await openFirstConversation();
    const button = screen.getByTestId('action-mark-unread');
    expect(button.textContent).toBe('Mark as unread');
    await fireEvent.click(button);
    await waitFor(() => expect(backend.callsOf('conversation_mark_unread')).toEqual([{ id: 1 }]));
    await waitFor(() => expect(screen.getByTestId('conversation-pane').dataset.id).toBe(''));
    await backend.emit('inbox-changed', { conversation_ids: [1] });
    await waitFor(() => expect(backend.callsOf('inbox_list').length).toBeGreaterThan(1));
    expect(backend.callsOf('conversation_open')).toEqual([{ id: 1 }]);
  });

  it('offers no mark-as-unread without a buyer message', async () => {
    installBackend({
      conversation_open: (a) => ({
        ...baseDetail(a.id as number),
        messages: baseDetail(a.id as number).messages.filter((m) => m.direction === 'outbound'),
      }),
    });
    await openFirstConversation();
    expect((screen.getByTestId('action-mark-unread') as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers "no reply needed" only while the buyer waits, and re-reads the clocks after it', async () => {
    const waiting = (id: number) => ({
      ...baseDetail(id),
      messages: [...baseDetail(id).messages, message(id * 10 + 3, { text: 'Thanks, got it!', sent_at: NOW - 60_000 })],
    });
    const backend = installBackend({ conversation_open: (a) => waiting(a.id as number) });
    await openFirstConversation();
    const button = screen.getByTestId('action-no-response-needed');
    expect(button.textContent).toBe('No reply needed');
    await fireEvent.click(button);
    await waitFor(() => expect(backend.callsOf('conversation_no_response_needed')).toEqual([{ id: 1 }]));
    await waitFor(() => expect(backend.callsOf('conversation_open').length).toBe(2));
  });

  it('offers no "no reply needed" when the agent answered last', async () => {
    installBackend();
    await openFirstConversation();
    expect(screen.queryByTestId('action-no-response-needed')).toBeNull();
  });

  it('changes status, assignee, tags and adds notes through the core', async () => {
    const backend = installBackend();
    await openFirstConversation();
    await fireEvent.click(screen.getByTestId('action-pending'));
    await waitFor(() => expect(screen.getByTestId('conversation-status').dataset.status).toBe('pending'));
    expect(backend.callsOf('conversation_set_status')).toEqual([{ id: 1, status: 'pending' }]);

    await fireEvent.change(screen.getByTestId('assign-select'), { target: { value: 'Zhang Min' } });
    await waitFor(() => expect(backend.callsOf('conversation_assign')).toEqual([{ id: 1, assignee: 'Zhang Min' }]));
    await fireEvent.change(screen.getByTestId('assign-select'), { target: { value: '' } });
    await waitFor(() => expect(backend.callsOf('conversation_assign')[1]).toEqual({ id: 1, assignee: null }));

    const tagInput = screen.getByTestId('tag-input');
    await fireEvent.input(tagInput, { target: { value: 'customs' } });
    await fireEvent.keyDown(tagInput, { key: 'Enter' });
    await waitFor(() => expect(screen.getAllByTestId('tag-chip').map((c) => c.dataset.tag)).toEqual(['tracking', 'customs']));
    expect(backend.callsOf('conversation_set_tags')).toEqual([{ id: 1, tags: ['tracking', 'customs'] }]);
    await fireEvent.click(within(screen.getAllByTestId('tag-chip')[0]).getByRole('button'));
    await waitFor(() => expect(backend.callsOf('conversation_set_tags')[1]).toEqual({ id: 1, tags: ['customs'] }));

    await fireEvent.input(screen.getByTestId('note-input'), { target: { value: 'Called 4PX' } });
    await fireEvent.click(screen.getByTestId('note-add'));
    await waitFor(() => expect(screen.getAllByTestId('note')).toHaveLength(2));
    expect(backend.callsOf('note_add')).toEqual([{ id: 1, text: 'Called 4PX' }]);
  });

  it('keeps the reply text and shows a localized error when queuing fails', async () => {
    installBackend({
      reply_send: () => {
        throw { code: 'store.busy', message_id: 'error-store-busy', args: {} };
      },
    });
    await openFirstConversation();
    const composer = screen.getByTestId('composer-input') as HTMLTextAreaElement;
    await fireEvent.input(composer, { target: { value: 'Important answer' } });
    await fireEvent.click(screen.getByTestId('composer-send'));
    const banner = await screen.findByTestId('error-banner');
    expect(banner.dataset.code).toBe('store.busy');
    expect(banner.textContent).not.toContain('error-store-busy');
    expect(composer.value).toBe('Important answer');
    expect(screen.getAllByTestId('message')).toHaveLength(2);
  });

  it('re-reads the open conversation when a new message arrives, without looping on its own read mark', async () => {
    let activity = 0;
    const backend = installBackend({
      inbox_list: (a) => {
        const offset = a.offset as number;
        const items = Array.from({ length: 5 }, (_, i) => baseDetail(i + 1).summary);
        items[0] = { ...items[0], last_activity_at: items[0].last_activity_at + activity };
        return { total: 5, total_capped: false, offset, items: offset === 0 ? items : [] };
      },
      conversation_open: (a) => {
        const d = baseDetail(a.id as number);
        const extra = activity ? [message(99, { text: 'Any news?', sent_at: d.summary.last_activity_at + activity })] : [];
        return { ...d, summary: { ...d.summary, last_activity_at: d.summary.last_activity_at + activity }, messages: [...d.messages, ...extra] };
      },
    });
    await openFirstConversation();
    await backend.emit('inbox-changed', { conversation_ids: [1] });
    await new Promise((r) => setTimeout(r, 50));
    expect(backend.callsOf('conversation_open')).toHaveLength(1);
    activity = 60_000;
    await backend.emit('inbox-changed', { conversation_ids: [1] });
    await waitFor(() => expect(screen.getAllByTestId('message')).toHaveLength(3));
    expect(backend.callsOf('conversation_open')).toHaveLength(2);
    await backend.emit('inbox-changed', { conversation_ids: [1] });
    await new Promise((r) => setTimeout(r, 50));
    expect(backend.callsOf('conversation_open')).toHaveLength(2);
  });
});
