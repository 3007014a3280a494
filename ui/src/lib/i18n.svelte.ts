// Fluent localization shared with Rust: every *.ftl of every locale folder in the repo's
// locales/ is bundled at build time, so the UI and the core read the same files. `t()` reads
// the reactive locale, so everything that calls it re-renders when the locale changes.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';
import type { AppError } from './bindings';
import { PSEUDO_LOCALE, pseudoBrackets, pseudoText } from './pseudo';

export const DEFAULT_LOCALE = 'en-US';

const sources = import.meta.glob('../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Locale code → the text of each of its .ftl files, keyed by file name. */
export function ftlSources(): Map<string, Map<string, string>> {
  const byLocale = new Map<string, Map<string, string>>();
  for (const [path, text] of Object.entries(sources)) {
    const parts = path.split('/');
    const locale = parts[parts.length - 2];
    const file = parts[parts.length - 1];
    if (!byLocale.has(locale)) byLocale.set(locale, new Map());
    byLocale.get(locale)!.set(file, text);
  }
  return byLocale;
}

function buildBundles(): Map<string, FluentBundle> {
  const bundles = new Map<string, FluentBundle>();
  for (const [locale, files] of ftlSources()) {
    const bundle = new FluentBundle(locale);
    for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      const errors = bundle.addResource(new FluentResource(text));
      for (const e of errors) console.warn(`Fluent: ${locale}/${file}: ${e.message}`);
    }
    bundles.set(locale, bundle);
  }
  return bundles;
}

const bundles = buildBundles();

/** en-US through the pseudo-locale transform (developer menu); built on first use. */
let pseudoBundle: FluentBundle | null = null;
function pseudo(): FluentBundle {
  if (!pseudoBundle) {
    pseudoBundle = new FluentBundle(DEFAULT_LOCALE, { transform: pseudoText });
    for (const [, text] of [...(ftlSources().get(DEFAULT_LOCALE) ?? [])].sort(([a], [b]) => a.localeCompare(b))) {
      pseudoBundle.addResource(new FluentResource(text));
    }
  }
  return pseudoBundle;
}

/** Locales that have Fluent files. */
export const bundledLocales: string[] = [...bundles.keys()].sort();

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

const state = $state({ locale: DEFAULT_LOCALE, chain: [DEFAULT_LOCALE], pseudo: false });

/** The UI locale (BCP 47), for Intl formatting. Reactive. */
export function currentLocale(): string {
  return state.locale;
}

/** Text direction of a locale. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}

/** Switches the UI locale: messages, <html lang> and dir; everything re-renders. */
export function setLocale(locale: string): void {
  const chain = negotiateLanguages([locale], bundledLocales, {
    defaultLocale: DEFAULT_LOCALE,
    strategy: 'filtering',
  });
  state.locale = locale;
  state.chain = chain.includes(DEFAULT_LOCALE) ? chain : [...chain, DEFAULT_LOCALE];
  markDocument();
}

/** Turns the pseudo-locale (accented, longer en-US) on or off; everything re-renders. */
export function setPseudoLocale(on: boolean): void {
  state.pseudo = on;
  markDocument();
}

/** Whether the pseudo-locale is on. Reactive. */
export function isPseudoLocale(): boolean {
  return state.pseudo;
}

/** <html lang dir> for what is shown: the locale, or the pseudo-locale's tag. */
function markDocument(): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = state.pseudo ? PSEUDO_LOCALE : state.locale;
  document.documentElement.dir = state.pseudo ? 'ltr' : directionOf(state.locale);
}

/** Picks the bundled locale that best fits the OS, before the core's settings are known. */
export function guessLocale(preferred: readonly string[]): string {
  const [best] = negotiateLanguages(preferred, bundledLocales, {
    defaultLocale: DEFAULT_LOCALE,
    strategy: 'lookup',
  });
  return best ?? DEFAULT_LOCALE;
}

/** Fluent arguments; numeric strings become numbers so plural selectors work. */
export type Args = Record<string, FluentVariable | null | undefined>;

function normalize(args?: Args): Record<string, FluentVariable> | undefined {
  if (!args) return undefined;
  const out: Record<string, FluentVariable> = {};
  for (const [k, v] of Object.entries(args)) {
    if (v === null || v === undefined) continue;
    out[k] = typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  }
  return out;
}

/** True when some bundle in the current chain has this message. */
export function hasMessage(id: string): boolean {
  return state.chain.some((l) => bundles.get(l)?.hasMessage(id));
}

/** Formats message `id` in the current locale, falling back to en-US, then to the id. */
export function t(id: string, args?: Args): string {
  if (state.pseudo) {
    const message = pseudo().getMessage(id);
    if (message?.value) return pseudoBrackets(pseudo().formatPattern(message.value, normalize(args), []));
  }
  for (const locale of state.chain) {
    const bundle = bundles.get(locale);
    const message = bundle?.getMessage(id);
    if (bundle && message?.value) {
      return bundle.formatPattern(message.value, normalize(args), []);
    }
  }
  return id;
}

/** An error from the core in the agent's language; unknown ids get a generic message. */
export function errorText(err: AppError): string {
  if (hasMessage(err.message_id)) return t(err.message_id, err.args as Args);
  return t('app-error-fallback', { code: err.code });
}

/** A locale's own name in its own language ("English (US)", "简体中文"). */
export function localeOwnName(locale: string): string {
  const bundle = bundles.get(locale);
  const message = bundle?.getMessage('locale-name');
  if (bundle && message?.value) return bundle.formatPattern(message.value, undefined, []);
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
