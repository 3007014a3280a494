import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import type { EmailAccountView } from '../lib/bindings';
import { installBackend } from './backend';
import { openFirstConversation, renderApp } from './render';
import { EMPTY, READY, detail as baseDetail, message } from './fixtures';

async function fillAccount(): Promise<void> {
  const set = (id: string, value: string) => fireEvent.input(screen.getByTestId(id), { target: { value } });
  await set('account-display-name', 'Shenzhen Gadgets');
  await set('account-from-address', 'service@gadgets.example');
  await set('account-imap-host', 'imap.gadgets.example');
  await set('account-smtp-host', 'smtp.gadgets.example');
  await set('account-user-name', 'service');
  await set('account-password', 'secret');
}

/** A stored account as the core lists it. */
function shopMail(over: Partial<EmailAccountView> = {}): EmailAccountView {
  return {
    id: 3,
    display_name: 'Shop mail',
    from_address: 'shop@example.com',
    imap_host: 'h',
    imap_port: 993,
    imap_security: 'tls',
    smtp_host: 'h',
    smtp_port: 465,
    smtp_security: 'tls',
    user_name: 'u',
    signature: '',
    enabled: true,
    archive_on_close: true,
    ...over,
  };
}

describe('e-mail accounts', () => {
  it('tests a connection and shows the failure in the agent language, by its own message', async () => {
    const backend = installBackend({
      workspace_status: () => EMPTY,
      mail_account_test: () => ({
        error: { code: 'mail.auth_imap', message_id: 'mail-error-auth-imap', args: {} },
        folders: [],
        push: false,
      }),
    });
    await renderApp('welcome');
    await fireEvent.click(screen.getByTestId('welcome-add-account'));
    await fillAccount();
    await fireEvent.click(screen.getByTestId('account-test'));
    const shown = await screen.findByTestId('account-test-error');
    expect(shown.dataset.code).toBe('mail.auth_imap');
    expect(shown.textContent).toContain('rejected the user name or password');
    const [args] = backend.callsOf('mail_account_test');
    expect(args.id).toBeNull();
    expect(args.input.password).toBe('secret');
    expect(args.input.imap_port).toBe(993);
  });

  it('adds an account with its password and lists it without one', async () => {
    const added = {
      id: 7,
      display_name: 'Shenzhen Gadgets',
      from_address: 'service@gadgets.example',
      imap_host: 'imap.gadgets.example',
      imap_port: 993,
      imap_security: 'tls' as const,
      smtp_host: 'smtp.gadgets.example',
      smtp_port: 465,
      smtp_security: 'tls' as const,
      user_name: 'service',
      signature: '',
      enabled: true,
      archive_on_close: true,
    };
    let accounts: (typeof added)[] = [];
    const backend = installBackend({
      workspace_status: () => EMPTY,
      mail_accounts_list: () => accounts,
      mail_account_add: () => {
        accounts = [added];
        return added;
      },
    });
    await renderApp('welcome');
    await fireEvent.click(screen.getByTestId('welcome-add-account'));
    await fillAccount();
    await fireEvent.click(screen.getByTestId('account-save'));
    const row = await screen.findByTestId('account-row');
    expect(row.textContent).toContain('service@gadgets.example');
    expect(backend.callsOf('mail_account_add')[0].input.password).toBe('secret');
    expect(row.textContent).not.toContain('secret');
  });

  it('shows sync progress with a cancel button, driven by core events', async () => {
    const backend = installBackend({
      mail_accounts_list: () => [
        shopMail(),
      ],
    });
    await renderApp('inbox');
    await backend.emit('sync-progress', { account_id: 3, phase: 'initial', folder: 'INBOX', done: 250, total: 2000, error: null });
    const bar = (await screen.findByTestId('sync-progress')) as HTMLProgressElement;
    expect(bar.value).toBe(250);
    expect(screen.getByTestId('sync-bar').textContent).toContain('Shop mail');
    await fireEvent.click(screen.getByTestId('sync-cancel'));
    await waitFor(() => expect(backend.callsOf('mail_sync_cancel')).toEqual([{ id: 3 }]));
  });
});

describe('archive on close', () => {
  it('is on for a new account and the agent can turn it off before saving', async () => {
    const backend = installBackend({
      workspace_status: () => EMPTY,
      mail_account_add: (a) => ({ ...(a.input as object), id: 8 }),
    });
    await renderApp('welcome');
    await fireEvent.click(screen.getByTestId('welcome-add-account'));
    await fillAccount();
    const box = screen.getByTestId('account-archive-on-close') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.closest('label')?.textContent).toContain('Move closed conversations to the Archive folder');
    await fireEvent.click(box);
    expect(box.checked).toBe(false);
    await fireEvent.click(screen.getByTestId('account-save'));
    await waitFor(() => expect(backend.callsOf('mail_account_add')).toHaveLength(1));
    expect(backend.callsOf('mail_account_add')[0].input.archive_on_close).toBe(false);
  });

  it('shows an existing account\'s choice when it is edited', async () => {
    installBackend({
      mail_accounts_list: () => [
        shopMail({ archive_on_close: false }),
      ],
    });
    await renderApp('inbox');
    await fireEvent.click(screen.getByTestId('settings-button'));
    await fireEvent.click(await screen.findByTestId('settings-accounts'));
    await fireEvent.click(await screen.findByTestId('account-edit'));
    const box = (await screen.findByTestId('account-archive-on-close')) as HTMLInputElement;
    expect(box.checked).toBe(false);
  });
});

describe('the first sync', () => {
  it('leaves the welcome screen for the inbox as soon as the first synced conversations are stored', async () => {
    let stored = false;
    const backend = installBackend({ workspace_status: () => (stored ? READY : EMPTY) });
    await renderApp('welcome');
    await backend.emit('sync-progress', { account_id: 3, phase: 'initial', folder: 'INBOX', done: 0, total: 2000, error: null });
    await backend.emit('inbox-changed', { conversation_ids: [] });
    expect(screen.getByTestId('welcome')).toBeTruthy();
    stored = true;
    await backend.emit('inbox-changed', { conversation_ids: [1, 2] });
    await screen.findByTestId('inbox');
    expect(screen.queryByTestId('welcome')).toBeNull();
    // The sync goes on above the inbox.
    await backend.emit('sync-progress', { account_id: 3, phase: 'initial', folder: 'INBOX', done: 500, total: 2000, error: null });
    expect(((await screen.findByTestId('sync-progress')) as HTMLProgressElement).value).toBe(500);
  });

  it('keeps the welcome screen while the agent is still in the account form, and shows the inbox when it closes', async () => {
    let stored = false;
    const backend = installBackend({ workspace_status: () => (stored ? READY : EMPTY) });
    await renderApp('welcome');
    await fireEvent.click(screen.getByTestId('welcome-add-account'));
    await screen.findByTestId('account-form');
    stored = true;
    await backend.emit('inbox-changed', { conversation_ids: [1] });
    await waitFor(() => expect(backend.callsOf('workspace_status').length).toBeGreaterThan(1));
    expect(screen.getByTestId('account-form')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('accounts-close'));
    await screen.findByTestId('inbox');
    expect(screen.queryByTestId('welcome')).toBeNull();
  });
});

describe('e-mail display', () => {
  it('shows HTML only in a script-less sandbox with its own CSP, and offers to allow remote images', async () => {
    const backend = installBackend({
      conversation_open: (a) => ({
        ...baseDetail(a.id as number),
        messages: [
          message(1, {
            channel: 'email',
            html: '<p>Hello</p>',
            remote_images_blocked: true,
            sender_address: 'buyer@example.com',
            parse_warnings: ['unknown_charset'],
          }),
        ],
      }),
    });
    await openFirstConversation();
    const shown = screen.getByTestId('message');
    expect(within(shown).getByTestId('parse-warnings').textContent).toContain('unknown character set');
    await fireEvent.click(within(shown).getByText('Show original formatting'));
    const frame = within(shown).getByTestId('email-frame') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('');
    const doc = frame.getAttribute('srcdoc') ?? '';
    expect(doc).toContain("default-src 'none'");
    expect(doc).toContain('img-src data:;');
    expect(doc).toContain('<p>Hello</p>');
    await fireEvent.click(within(shown).getByTestId('remote-images-always'));
    await waitFor(() => expect(backend.callsOf('mail_allow_remote_images')).toEqual([{ messageId: 1, scope: 'sender' }]));
  });

  it('shows a failed outbox entry with its reason and retry time', async () => {
    installBackend({
      conversation_open: (a) => ({
        ...baseDetail(a.id as number),
        messages: [
          message(1, {
            channel: 'email',
            direction: 'outbound',
            author_kind: 'agent',
            delivery: 'failed',
            delivery_error: 'mail-error-refused',
            delivery_retry_at: Date.UTC(2026, 10, 23, 9, 30),
          }),
        ],
      }),
    });
    await openFirstConversation();
    expect(screen.getByTestId('delivery-state').dataset.state).toBe('failed');
    expect(screen.getByTestId('delivery-error').textContent).toContain('refused the connection');
    expect(screen.getByTestId('delivery-retry-at').textContent).toContain('Next try at');
  });
});

describe('a buyer known only by an e-mail address', () => {
  it('shows no made-up country or local time, and the language triage found', async () => {
    installBackend({
      conversation_open: (a) => {
        const d = baseDetail(a.id as number);
        return { ...d, customer: { ...d.customer, country: '', language: '', time_zone: 'UTC' }, summary: { ...d.summary, language: 'pt' } };
      },
    });
    await openFirstConversation();
    const panel = screen.getByTestId('customer-panel');
    expect(panel.querySelector('.code')).toBeNull();
    expect(screen.getByTestId('buyer-local-time').textContent).toContain('not known');
    expect(panel.textContent).toContain('Portuguese');
  });
});
