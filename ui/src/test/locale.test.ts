import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { installBackend } from './backend';
import { SETTINGS } from './fixtures';
import { openFirstConversation, renderInbox } from './render';

describe('runtime locale switch', () => {
  it('lists each locale in its own language in the settings menu', async () => {
    installBackend();
    await renderInbox();
    await fireEvent.click(screen.getByTestId('settings-button'));
    const select = screen.getByTestId('settings-locale') as HTMLSelectElement;
    const options = [...select.options].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([
      ['en-US', 'English (US)'],
      ['zh-CN', '简体中文'],
    ]);
    expect(screen.getByTestId('settings-time-zone').textContent).toBe('Asia/Shanghai');
  });

  it('re-renders every string in zh-CN without a reload when the agent picks it', async () => {
    const backend = installBackend();
    await openFirstConversation();
    expect(screen.getByTestId('action-resolve').textContent).toContain('Resolve');
    await fireEvent.click(screen.getByTestId('settings-button'));
    await fireEvent.change(screen.getByTestId('settings-locale'), { target: { value: 'zh-CN' } });
    await waitFor(() => expect(screen.getByTestId('action-resolve').textContent).toContain('标记已解决'));
    expect(backend.callsOf('settings_set_locale')).toEqual([{ locale: 'zh-CN' }]);
    expect(screen.getByTestId('inbox-total').textContent).toContain('共');
    expect(screen.getByTestId('conversation-status').textContent).toBe('待处理');
    expect((screen.getByTestId('filter-status') as HTMLSelectElement).selectedOptions[0].textContent).toBe('待处理');
    expect(screen.getAllByTestId('delivery-state')[0].textContent?.trim()).toBe('平台已接收');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('follows the locale-changed event from the core', async () => {
    const backend = installBackend();
    await renderInbox();
    await backend.emit('locale-changed', { locale: 'zh-CN' });
    await waitFor(() => expect(screen.getByTestId('filter-channel').querySelector('option')?.textContent).toBe('全部渠道'));
    await backend.emit('locale-changed', { locale: 'en-US' });
    await waitFor(() => expect(screen.getByTestId('filter-channel').querySelector('option')?.textContent).toBe('All channels'));
  });

  it('starts in the locale saved in the settings', async () => {
    installBackend({ settings_get: () => ({ ...SETTINGS, locale: 'zh-CN' }) });
    await renderInbox();
    await waitFor(() => expect(screen.getByTestId('search-input').getAttribute('placeholder')).toBe('搜索消息…'));
  });

  it('uses Fluent plurals for counts', async () => {
    installBackend({
      inbox_list: (a) => ({ total: 1, total_capped: false, offset: a.offset as number, items: [] }),
    });
    await import('./render').then((r) => r.renderApp());
    await waitFor(() => expect(screen.getByTestId('inbox-total').textContent).toMatch(/^\u2068?1\u2069? conversation$/));
  });
});
