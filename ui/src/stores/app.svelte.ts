// App-wide state: the agent's settings (locale, time zone), the workspace status, the error
// banner, a clock that ticks for relative times, and the help overlay.
import type { AppError, Settings, WorkspaceStatus } from '../lib/bindings';
import { call, on, toAppError } from '../lib/ipc';
import { currentLocale, guessLocale, isPseudoLocale, setLocale, setPseudoLocale } from '../lib/i18n.svelte';
import { systemTimeZone } from '../lib/format';

export class AppState {
  settings = $state<Settings | null>(null);
  workspace = $state<WorkspaceStatus | null>(null);
  error = $state<AppError | null>(null);
  /** Wall clock, refreshed every 30 s; relative times and buyers' clocks read it. */
  now = $state(Date.now());
  helpOpen = $state(false);
  /** The SLA settings panel (calendars, policies, recompute) is open. */
  slaSettingsOpen = $state(false);
  busy = $state(false);
  /** The welcome screen's account form is open: the inbox waits until the agent closes it. */
  welcomeHeld = $state(false);

  #cleanups: (() => void)[] = [];

  /** The agent's IANA zone: from settings, else the OS. */
  get timeZone(): string {
    return this.settings?.time_zone || systemTimeZone();
  }

  /** The OS's zone, which the agent's zone follows unless they chose one. */
  get osTimeZone(): string {
    return this.settings?.os_time_zone || systemTimeZone();
  }

  /** True when the agent chose a zone rather than following the OS. */
  get timeZoneChosen(): boolean {
    return this.settings?.time_zone_chosen ?? false;
  }

  /** Whether the developer menu's pseudo-locale is on. */
  get pseudoLocale(): boolean {
    return isPseudoLocale();
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
      // Another window (or the core) changed the time zone: every time re-renders in it.
      this.#cleanups.push(await on('settings-changed', (settings) => this.applySettings(settings)));
      // The first conversations stored (the first batch of an account's initial sync, say)
      // turn the welcome screen into the inbox, without waiting for the whole sync.
      this.#cleanups.push(
        await on('inbox-changed', ({ conversation_ids }) => {
          if (conversation_ids.length > 0 && this.workspace?.state === 'empty') void this.#refreshOnce();
        }),
      );
    } catch (err) {
      console.warn('Cannot listen to settings changes', err);
    }
  }

  stop(): void {
    for (const c of this.#cleanups.splice(0)) c();
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    setLocale(settings.locale);
  }

  #refreshing: Promise<void> | null = null;

  /** One workspace refresh at a time, however many events ask for it. */
  #refreshOnce(): Promise<void> {
    this.#refreshing ??= this.refreshWorkspace().finally(() => (this.#refreshing = null));
    return this.#refreshing;
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

  /** Sets the agent's own IANA zone, or with null follows the OS again; remembered by the core. */
  async changeTimeZone(timeZone: string | null): Promise<void> {
    try {
      this.applySettings(await call('settings_set_time_zone', { timeZone }));
    } catch (err) {
      this.report(err);
    }
  }

  /**
   * The developer menu's pseudo-locale toggle. Deliberately not remembered (neither by the core
   * nor in web storage, which outlives the data folder): every start is in a real language.
   */
  setPseudoLocale(on: boolean): void {
    setPseudoLocale(on);
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
