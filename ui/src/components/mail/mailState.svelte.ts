// The e-mail accounts and each account's sync progress, kept fresh by the core's events
// (account-changed, sync-progress); the UI never polls.
import type { EmailAccountInput, EmailAccountView, SyncProgress } from '../../lib/bindings';
import { call, on } from '../../lib/ipc';
import type { AppState } from '../../stores/app.svelte';

export class MailState {
  accounts = $state<EmailAccountView[]>([]);
  progress = $state<Record<number, SyncProgress>>({});
  #cleanups: (() => void)[] = [];

  constructor(private app: AppState) {}

  async start(): Promise<void> {
    try {
      this.#cleanups.push(await on('account-changed', () => void this.loadAccounts()));
      this.#cleanups.push(
        await on('sync-progress', (event) => {
          this.progress = { ...this.progress, [event.account_id]: event };
          // A safety net: the inbox normally replaces the welcome screen as soon as the first
          // conversations are stored (AppState listens to inbox-changed).
          if (event.phase === 'idle' && this.app.workspace?.state === 'empty') void this.app.refreshWorkspace();
        }),
      );
    } catch (err) {
      console.warn('Cannot listen to mail events', err);
    }
    await this.loadAccounts();
    try {
      for (const p of await call('mail_sync_status', {})) this.progress = { ...this.progress, [p.account_id]: p };
    } catch (err) {
      this.app.report(err);
    }
  }

  stop(): void {
    for (const c of this.#cleanups.splice(0)) c();
  }

  async loadAccounts(): Promise<void> {
    try {
      this.accounts = await call('mail_accounts_list', {});
    } catch (err) {
      this.app.report(err);
    }
  }

  accountName(id: number): string {
    return this.accounts.find((a) => a.id === id)?.display_name ?? '';
  }

  async save(id: number | null, input: EmailAccountInput): Promise<EmailAccountView> {
    const saved = id === null ? await call('mail_account_add', { input }) : await call('mail_account_update', { id, input });
    await this.loadAccounts();
    return saved;
  }

  async remove(id: number): Promise<void> {
    await call('mail_account_remove', { id });
    const { [id]: _gone, ...rest } = this.progress;
    this.progress = rest;
    await this.loadAccounts();
  }

  async cancel(id: number): Promise<void> {
    try {
      await call('mail_sync_cancel', { id });
    } catch (err) {
      this.app.report(err);
    }
  }

  async resume(): Promise<void> {
    try {
      await call('mail_sync_start', {});
    } catch (err) {
      this.app.report(err);
    }
  }
}

/** A blank account form: TLS on the usual ports. */
export function blankAccount(): EmailAccountInput {
  return {
    display_name: '',
    from_address: '',
    imap_host: '',
    imap_port: 993,
    imap_security: 'tls',
    smtp_host: '',
    smtp_port: 465,
    smtp_security: 'tls',
    user_name: '',
    signature: '',
    enabled: true,
    archive_on_close: true,
    password: null,
  };
}

/** The form's values for an existing account (the password stays in the keychain). */
export function inputOf(account: EmailAccountView): EmailAccountInput {
  const { id: _id, ...rest } = account;
  return { ...rest, password: null };
}
