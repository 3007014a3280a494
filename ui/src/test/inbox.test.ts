import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { installBackend } from './backend';
import { FACETS } from './fixtures';
import { renderInbox } from './render';

function lastFilter(backend: ReturnType<typeof installBackend>) {
  const calls = backend.callsOf('inbox_list');
  return calls[calls.length - 1];
}

async function choose(testId: string, value: string) {
  const select = screen.getByTestId(testId) as HTMLSelectElement;
  await fireEvent.change(select, { target: { value } });
}

describe('inbox list and filters', () => {
  it('asks for the first page of open conversations with no other filter', async () => {
    const backend = installBackend();
    await renderInbox();
    expect(backend.callsOf('inbox_list')[0]).toEqual({
      filter: { status: 'open', channel: null, store_id: null, language: null, category: null, assignee: null, team_id: null, query: null },
      offset: 0,
      limit: 100,
    });
    expect((screen.getByTestId('filter-status') as HTMLSelectElement).value).toBe('open');
  });

  it('shows the number of matches and the unread total', async () => {
    installBackend();
    await renderInbox();
    expect(screen.getByTestId('inbox-total').textContent).toContain('250');
    expect(screen.getByTestId('unread-count').textContent).toContain(String(FACETS.unread_total));
  });

  it('turns each filter choice into the matching InboxFilter field', async () => {
    const backend = installBackend();
    await renderInbox();
    await waitFor(() => expect(screen.getByTestId('filter-store').querySelectorAll('option')).toHaveLength(4));

    await choose('filter-channel', 'shopee');
    await waitFor(() => expect(lastFilter(backend).filter.channel).toBe('shopee'));
    await choose('filter-store', '2');
    await waitFor(() => expect(lastFilter(backend).filter.store_id).toBe(2));
    await choose('filter-language', 'de');
    await waitFor(() => expect(lastFilter(backend).filter.language).toBe('de'));
    await choose('filter-category', 'return_exchange');
    await waitFor(() => expect(lastFilter(backend).filter.category).toBe('return_exchange'));
    await choose('filter-assignee', '');
    await waitFor(() => expect(lastFilter(backend).filter.assignee).toBe(''));
    await choose('filter-status', 'all');
    await waitFor(() => expect(lastFilter(backend).filter.status).toBeNull());

    expect(lastFilter(backend)).toEqual({
      filter: { status: null, channel: 'shopee', store_id: 2, language: 'de', category: 'return_exchange', assignee: '', team_id: null, query: null },
      offset: 0,
      limit: 100,
    });
    await choose('filter-assignee', 'all');
    await waitFor(() => expect(lastFilter(backend).filter.assignee).toBeNull());
    await choose('filter-assignee', 'Zhang Min');
    await waitFor(() => expect(lastFilter(backend).filter.assignee).toBe('Zhang Min'));
  });

  it('sends the search text as the query after a short pause', async () => {
    const backend = installBackend();
    await renderInbox();
    const search = screen.getByTestId('search-input');
    await fireEvent.input(search, { target: { value: 'tracking' } });
    expect(lastFilter(backend).filter.query).toBeNull();
    await waitFor(() => expect(lastFilter(backend).filter.query).toBe('tracking'));
  });

  it('sends the search at once on Enter', async () => {
    const backend = installBackend();
    await renderInbox();
    const search = screen.getByTestId('search-input');
    await fireEvent.input(search, { target: { value: '  退款 ' } });
    await fireEvent.keyDown(search, { key: 'Enter' });
    expect(lastFilter(backend).filter.query).toBe('退款');
  });

  it('renders only the visible rows of a long list and fetches further pages on scroll', async () => {
    const backend = installBackend();
    await renderInbox();
    const rows = screen.getAllByTestId('conversation-row');
    expect(rows.length).toBeLessThan(40);
    expect(rows[0].dataset.id).toBe('1');
    expect(rows[0].dataset.channel).toBe('email');
    const list = screen.getByTestId('conversation-list');
    list.scrollTop = 120 * 78;
    await fireEvent.scroll(list);
    await waitFor(() => expect(backend.callsOf('inbox_list').some((c) => c.offset === 100)).toBe(true));
    await waitFor(() => expect(screen.getAllByTestId('conversation-row').some((r) => r.dataset.id === '121')).toBe(true));
    expect(screen.queryAllByTestId('conversation-row').some((r) => r.dataset.id === '1')).toBe(false);
  });

  it('refreshes the list and the unread total when the core says the inbox changed', async () => {
    let unread = 42;
    const backend = installBackend({ inbox_facets: () => ({ ...FACETS, unread_total: unread }) });
    await renderInbox();
    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toContain('42'));
    unread = 43;
    const before = backend.callsOf('inbox_list').length;
    await backend.emit('inbox-changed', { conversation_ids: [3] });
    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toContain('43'));
    expect(backend.callsOf('inbox_list').length).toBeGreaterThan(before);
  });
});
