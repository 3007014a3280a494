import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { installBackend } from './backend';
import { openFirstConversation, renderInbox } from './render';
import type { SendCheckView } from '../lib/bindings';
import { GRADE_THRESHOLDS } from './fixtures';

const LINK = 'https://example.com/track/1';

describe('triage, templates and the send check in the conversation pane', () => {
  it('shows the triage badges and corrects the category in one click', async () => {
    const backend = installBackend();
    await openFirstConversation();
    expect(screen.getAllByTestId('badge-logistics')[0].textContent?.trim()).toBe('No tracking update');
    expect(screen.getAllByTestId('badge-risk')[0].textContent?.trim()).toBe('PayPal claim');
    await fireEvent.change(screen.getByTestId('category-select'), { target: { value: 'complaint' } });
    await waitFor(() => expect(backend.callsOf('conversation_correct_category')).toEqual([{ id: 1, category: 'complaint' }]));
    await waitFor(() => expect(screen.getByTestId('category-corrected')).toBeTruthy());
  });

  it('highlights a blocked link and offers no override, explaining why', async () => {
    const text = `Track it: ${LINK}`;
    const check: SendCheckView = {
      findings: [
        {
          code: 'link',
          severity: 'block',
          start: text.indexOf(LINK),
          end: text.length,
          message_id: 'send-check-link-block',
          args: { text: LINK, channel: 'shopee' },
        },
      ],
      blocked: true,
      needs_override: false,
    };
    const backend = installBackend({
      reply_send: () => {
        throw { code: 'reply.blocked', message_id: 'error-reply-blocked', args: {} };
      },
      reply_check: () => check,
    });
    await openFirstConversation();
    await fireEvent.input(screen.getByTestId('composer-input'), { target: { value: text } });
    await fireEvent.click(screen.getByTestId('composer-send'));
    const mark = await screen.findByTestId('send-check-mark');
    expect(mark.textContent).toBe(LINK);
    expect(mark.dataset.severity).toBe('block');
    expect(screen.getByTestId('send-check-finding').textContent?.replace(/[\u2068\u2069]/g, '')).toContain('Shopee messages');
    expect(screen.queryByTestId('send-check-override')).toBeNull();
    expect(backend.callsOf('reply_check')).toEqual([{ id: 1, text }]);
  });

  it('sends a warned reply only when the agent overrides the warning', async () => {
    const text = 'Mail me at a@b.example';
    const backend = installBackend({
      reply_send: (a) =>
        a.overrideWarnings
          ? { outcome: 'queued', message: { id: 901, channel: 'ebay', direction: 'outbound', author_kind: 'agent', author_name: 'Lin Wei', text, html: null, sent_at: 0, delivery: 'queued', delivery_error: null } }
          : {
              outcome: 'checked',
              check: {
                findings: [{ code: 'email_address', severity: 'warn', start: 11, end: 22, message_id: 'send-check-email-address-warn', args: { text: 'a@b.example', channel: 'ebay' } }],
                blocked: false,
                needs_override: true,
              },
            },
    });
    await openFirstConversation();
    await fireEvent.input(screen.getByTestId('composer-input'), { target: { value: text } });
    await fireEvent.click(screen.getByTestId('composer-send'));
    await fireEvent.click(await screen.findByTestId('send-check-override'));
    await waitFor(() => expect(screen.getAllByTestId('message')).toHaveLength(3));
    expect(backend.callsOf('reply_send').map((c) => c.overrideWarnings)).toEqual([false, true]);
  });

  it('inserts a template rendered in the buyer’s language beside the agent’s preview', async () => {
    const backend = installBackend({
      templates_list: () => [
        { id: 1, key: 'shipping-notice', origin: 'starter', name: 'Shipping notice', names: { en: 'Shipping notice' }, languages: ['de', 'en'] },
        { id: 2, key: 'where-is-my-order', origin: 'starter', name: 'Where is my order', names: { en: 'Where is my order' }, languages: ['de', 'en'] },
      ],
      template_render: (a) => ({ template_key: a.key, language: 'de', text: `Hallo Jonas (${a.key})`, preview_language: 'en', preview: 'Hello Jonas' }),
    });
    await openFirstConversation();
    await fireEvent.input(screen.getByTestId('composer-input'), { target: { value: '' } });
    await fireEvent.keyDown(screen.getByTestId('composer-input'), { key: 't', code: 'KeyT', altKey: true });
    const search = await screen.findByTestId('template-search');
    await fireEvent.input(search, { target: { value: 'where' } });
    await waitFor(() => expect(screen.getByTestId('template-text').textContent).toBe('Hallo Jonas (where-is-my-order)'));
    expect(screen.getByTestId('template-preview').dataset.language).toBe('en');
    await fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect((screen.getByTestId('composer-input') as HTMLTextAreaElement).value).toBe('Hallo Jonas (where-is-my-order)'));
    // The buyer's variant is preselected by the core (no language asked), then kept.
    expect(backend.callsOf('template_render')).toContainEqual({ id: 1, key: 'where-is-my-order', language: null });
    expect(backend.callsOf('template_render').at(-1)).toEqual({ id: 1, key: 'where-is-my-order', language: 'de' });
  });
});

describe('the notice of a rule that notifies', () => {
  it('names the rule and opens the conversation it acted on', async () => {
    const backend = installBackend();
    await renderInbox();
    const row = screen.getAllByTestId('conversation-row')[2];
    const id = Number(row.dataset.id);
    await backend.emit('rule-notified', { conversation_id: id, rule_name: 'Chargeback threats', agent: 'Chen Jing' });
    const notice = await screen.findByTestId('rule-notice');
    expect(notice.textContent).toContain('Chargeback threats');
    expect(notice.textContent).toContain('Chen Jing');
    await fireEvent.click(within(notice).getByTestId('rule-notice-open'));
    await waitFor(() => expect(screen.getByTestId('conversation-pane').dataset.id).toBe(String(id)));
    expect(screen.queryByTestId('rule-notice')).toBeNull();
  });
});

describe('the customer grade thresholds in the rules panel', () => {
  it('edits the thresholds in dollars and days, saves them as cents, and shows a refusal in the agent language', async () => {
    const backend = installBackend({
      grade_thresholds_set: (a) => {
        const th = a.thresholds as typeof GRADE_THRESHOLDS;
        if (th.key_a_min_orders < th.key_b_min_orders) {
          throw { code: 'customers.thresholds_key_order', message_id: 'error-grade-thresholds-key-order', args: {} };
        }
        return th;
      },
    });
    await renderInbox();
    await fireEvent.click(screen.getByTestId('settings-button'));
    await fireEvent.click(await screen.findByTestId('settings-open-rules'));
    const form = await screen.findByTestId('grade-thresholds');
    const field = async (name: string) => (await within(form).findByTestId(`grades-${name}`)) as HTMLInputElement;
    expect((await field('aValue')).value).toBe('1000');
    await fireEvent.input(await field('aValue'), { target: { value: '1500' } });
    await fireEvent.input(await field('aOrders'), { target: { value: '8' } });
    await fireEvent.click(within(form).getByTestId('grades-save'));
    await within(form).findByTestId('grades-saved');
    expect(backend.callsOf('grade_thresholds_set').at(-1)).toEqual({
      thresholds: { ...GRADE_THRESHOLDS, key_a_min_orders: 8, key_a_min_value_minor: 150_000 },
    });

    await fireEvent.input(await field('aOrders'), { target: { value: '2' } });
    await fireEvent.click(within(form).getByTestId('grades-save'));
    const refused = await within(form).findByTestId('grades-problem');
    expect(refused.dataset.code).toBe('customers.thresholds_key_order');
    expect(refused.textContent).toContain('as many orders');

    await fireEvent.input(await field('window'), { target: { value: '' } });
    await fireEvent.click(within(form).getByTestId('grades-save'));
    await waitFor(() => expect(within(form).getByTestId('grades-problem').dataset.code).toBe('whole-number'));
    expect(backend.callsOf('grade_thresholds_set')).toHaveLength(2);
  });
});

describe('the rule editor', () => {
  async function openEditor(rules: unknown[] = []) {
    const backend = installBackend({ rules_list: () => rules });
    await renderInbox();
    await fireEvent.click(screen.getByTestId('settings-button'));
    await fireEvent.click(await screen.findByTestId('settings-open-rules'));
    return backend;
  }

  it('builds nested groups — Amazon and any of two keyword lists, none of a store — and saves them as all/any/not', async () => {
    const backend = await openEditor();
    await fireEvent.click(await screen.findByTestId('rules-new'));
    await fireEvent.input(screen.getByTestId('rule-name'), { target: { value: 'Amazon refunds' } });
    const top = screen.getAllByTestId('condition-group')[0];
    await fireEvent.click(within(top).getByTestId('rule-add-condition'));
    await fireEvent.change(within(top).getByTestId('condition-kind'), { target: { value: 'channel' } });
    // The channel check starts with Shopee: switch it to Amazon and eBay.
    const chips = within(top).getByTestId('condition-value');
    await fireEvent.click(within(chips).getByText('Shopee'));
    await fireEvent.click(within(chips).getByText('Amazon'));
    await fireEvent.click(within(chips).getByText('eBay'));
    await fireEvent.click(within(top).getByTestId('rule-add-group'));
    const nested = screen.getAllByTestId('condition-group')[1];
    expect(nested.dataset.depth).toBe('1');
    await fireEvent.change(within(nested).getByTestId('condition-value'), { target: { value: 'refund, money back' } });
    await fireEvent.click(within(nested).getByTestId('rule-add-condition'));
    const rows = within(nested).getAllByTestId('condition-row');
    await fireEvent.change(within(rows[1]).getByTestId('condition-kind'), { target: { value: 'order_value' } });
    await fireEvent.change(within(nested).getAllByTestId('condition-cmp')[0], { target: { value: 'gt' } });
    await fireEvent.change(within(nested).getAllByTestId('condition-value')[1], { target: { value: '49.99' } });
    await fireEvent.click(within(top).getAllByTestId('rule-add-group').at(-1)!);
    const third = screen.getAllByTestId('condition-group')[2];
    await fireEvent.change(within(third).getByTestId('rule-match'), { target: { value: 'none' } });
    await fireEvent.change(within(third).getByTestId('condition-kind'), { target: { value: 'store_id' } });
    await fireEvent.click(within(third).getByText('Acme EU'));
    await fireEvent.click(screen.getByTestId('rule-add-action'));
    await fireEvent.input(screen.getByTestId('action-value'), { target: { value: 'refund' } });
    await fireEvent.change(screen.getByTestId('action-value'), { target: { value: 'refund' } });
    await fireEvent.click(screen.getByTestId('rule-save'));
    await waitFor(() => expect(backend.callsOf('rule_save')).toHaveLength(1));
    expect(backend.callsOf('rule_save')[0].rule.condition).toEqual({
      type: 'all',
      conditions: [
        { type: 'channel', any_of: ['amazon', 'ebay'] },
        {
          type: 'any',
          conditions: [
            { type: 'keywords', any_of: ['refund', 'money back'] },
            { type: 'order_value', cmp: 'gt', amount_minor: 4999, currency: 'USD' },
          ],
        },
        { type: 'not', condition: { type: 'any', conditions: [{ type: 'store_id', any_of: [2] }] } },
      ],
    });
  });

  it('opens a rule with nested and negated conditions from JSON and saves it unchanged', async () => {
    const condition = {
      type: 'any',
      conditions: [
        { type: 'all', conditions: [{ type: 'has_tag', any_of: ['vip'] }, { type: 'minutes_since_status_change', cmp: 'lt', minutes: 30 }] },
        { type: 'not', condition: { type: 'business_hours', within: true } },
      ],
    };
    const rule = { id: 'r1', name: 'Imported', enabled: true, trigger: { type: 'new_buyer_message' }, condition, actions: [{ type: 'tag', tag: 'x' }], stop_after_match: false };
    const backend = await openEditor([{ id: 4, position: 0, rule }]);
    await fireEvent.click(await screen.findByTestId('rule-edit'));
    const groups = await screen.findAllByTestId('condition-group');
    expect(groups.map((g) => `${g.dataset.kind}@${g.dataset.depth}`)).toEqual(['any@0', 'all@1', 'none@1']);
    expect((within(groups[1]).getAllByTestId('condition-value')[0] as HTMLInputElement).value).toBe('vip');
    expect((within(groups[1]).getByTestId('condition-cmp') as HTMLSelectElement).value).toBe('lt');
    await fireEvent.click(screen.getByTestId('rule-save'));
    await waitFor(() => expect(backend.callsOf('rule_save')).toHaveLength(1));
    expect(backend.callsOf('rule_save')[0].rule.condition).toEqual(condition);
  });
});

describe('rule traces', () => {
  it('explain yes/no checks in words of the agent language, never as true/false', async () => {
    const { setLocale, t } = await import('../lib/i18n.svelte');
    setLocale('en-US');
    const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
    expect(plain(t('rule-check-blacklisted-failed', { actual: 'false', expected: 'true' }))).toBe('Buyer blacklisted: no, needs yes');
    setLocale('zh-CN');
    const zh = t('rule-check-business-hours-passed', { actual: 'true' });
    expect(zh).toContain('是');
    expect(zh).not.toContain('true');
    setLocale('en-US');
  });
});
