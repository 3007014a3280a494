// App-wide state: the agent's settings (locale, time zone), the workspace status, the error
// banner, a clock that ticks for relative times, and the help overlay.
import type { AppError, Settings, WorkspaceStatus } from '../lib/bindings';
import { call, on, toAppError } from '../lib/ipc';
import { currentLocale, guessLocale, setLocale } from '../lib/i18n.svelte';
import { systemTimeZone } from '../lib/format';

export class AppState {
  settings = $state<Settings | null>(null);
  workspace = $state<WorkspaceStatus | null>(null);
  error = $state<AppError | null>(null);
  /** Wall clock, refreshed every 30 s; relative times and buyers' clocks read it. */
  now = $state(Date.now());
  helpOpen = $state(false);
  busy = $state(false);

  #cleanups: (() => void)[] = [];

  /** The agent's IANA zone: from settings, else the OS. */
  get timeZone(): string {
    return this.settings?.time_zone || systemTimeZone();
  }

  /** The UI locale, for Intl. */
  get locale(): string {
    return currentLocale();
  }

  /** Loads settings and the workspace status, and starts listening to the core. */
  async start(): Promise<void> {
    setLocale(guessLocale(typeof navigator === 'undefined' ? [] : navigator.languages ?? []));
    const timer = setInterval(() => (this.now = Date.now()), 30_000);
    this.#cleanups.push(() => clearInterval(timer));
    this.#listen();
    try {
      const settings = await call('settings_get', {});
      this.applySettings(settings);
    } catch (err) {
      this.report(err);
    }
    await this.refreshWorkspace();
  }

  async #listen(): Promise<void> {
    try {
      const stop = await on('locale-changed', ({ locale }) => {
        if (this.settings) this.settings = { ...this.settings, locale };
        setLocale(locale);
      });
      this.#cleanups.push(stop);
    } catch (err) {
      console.warn('Cannot listen to locale changes', err);
    }
  }

  stop(): void {
    for (const c of this.#cleanups.splice(0)) c();
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    setLocale(settings.locale);
  }

  async refreshWorkspace(): Promise<void> {
    try {
      this.workspace = await call('workspace_status', {});
    } catch (err) {
      this.report(err);
    }
  }

  /** Switches the UI language, remembered by the core. */
  async changeLocale(locale: string): Promise<void> {
    try {
      this.applySettings(await call('settings_set_locale', { locale }));
    } catch (err) {
      this.report(err);
    }
  }

  async loadDemo(): Promise<void> {
    await this.#workspaceCommand('workspace_load_demo');
  }

  async moveAsideCorrupt(): Promise<void> {
    await this.#workspaceCommand('workspace_move_aside_corrupt');
  }

  async #workspaceCommand(name: 'workspace_load_demo' | 'workspace_move_aside_corrupt'): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      this.workspace = await call(name, {});
    } catch (err) {
      this.report(err);
    } finally {
      this.busy = false;
    }
  }

  /** Shows an error in the banner, in the agent's language. */
  report(err: unknown): void {
    this.error = toAppError(err);
  }

  dismissError(): void {
    this.error = null;
  }
}
