// The developer menu's pseudo-locale: every message accented, ~35 % longer and bracketed,
// generated at run time from en-US; names, numbers and dates inside messages stay intact.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { installBackend } from './backend';
import { renderInbox } from './render';
import { bundledLocales, ftlSources, setPseudoLocale, t } from '../lib/i18n.svelte';
import { PSEUDO_LOCALE, pseudoText } from '../lib/pseudo';

describe('pseudo-locale', () => {
  it('accents letters and lengthens English by about a third', () => {
    expect(pseudoText('Search messages…')).toBe('Ŝééààŕçĥ ɱééššààĝééš…');
    const bundle = new FluentBundle('en-US', { useIsolating: false });
    const pseudo = new FluentBundle('en-US', { useIsolating: false, transform: pseudoText });
    for (const [, text] of ftlSources().get('en-US')!) {
      bundle.addResource(new FluentResource(text));
      pseudo.addResource(new FluentResource(text));
    }
    let plain = 0;
    let long = 0;
    for (const id of ['search-placeholder', 'welcome-line-1', 'pane-empty-hint', 'composer-send-title', 'settings-pseudo-locale-hint', 'list-empty']) {
      plain += bundle.formatPattern(bundle.getMessage(id)!.value!).length;
      long += pseudo.formatPattern(pseudo.getMessage(id)!.value!).length;
    }
    expect(long / plain).toBeGreaterThan(1.25);
    expect(long / plain).toBeLessThan(1.5);
  });

  it('keeps variables, plural selection and numbers as they are', () => {
    setPseudoLocale(true);
    expect(t('inbox-total', { count: 1 })).toBe('[\u20681\u2069 çôôñṽééŕšààţîîôôñ]');
    expect(t('inbox-total', { count: 250 })).toMatch(/^\[\u2068250\u2069 çôôñṽééŕšààţîîôôñš\]$/);
    expect(t('composer-placeholder', { customer: 'Maria García' })).toBe('[Ŕééþļýý ţôô \u2068Maria García\u2069…]');
    setPseudoLocale(false);
    expect(t('inbox-total', { count: 250 })).toBe('\u2068250\u2069 conversations');
  });

  it('is generated in the UI only: no locale folder and no core locale for it', () => {
    expect(bundledLocales).not.toContain(PSEUDO_LOCALE);
    expect([...ftlSources().keys()].some((l) => l.startsWith('en-X'))).toBe(false);
  });

  it('is switched in the collapsed developer section, re-renders everything, and is not remembered', async () => {
    const backend = installBackend();
    await renderInbox();
    await fireEvent.click(screen.getByTestId('settings-button'));
    const developer = screen.getByTestId('settings-developer') as HTMLDetailsElement;
    expect(developer.open).toBe(false);
    developer.open = true;
    await fireEvent.click(screen.getByTestId('pseudo-locale-toggle'));
    await waitFor(() => expect(screen.getByTestId('search-input').getAttribute('placeholder')).toBe('[Ŝééààŕçĥ ɱééššààĝééš…]'));
    expect(screen.getByTestId('filter-channel').querySelector('option')?.textContent).toBe('[ÅÅļļ çĥààññééļš]');
    expect(document.documentElement.lang).toBe(PSEUDO_LOCALE);
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.length).toBe(0);
    expect(backend.calls.map((c) => c.cmd)).not.toContain('settings_set_locale');

    await fireEvent.click(screen.getByTestId('pseudo-locale-toggle'));
    await waitFor(() => expect(screen.getByTestId('search-input').getAttribute('placeholder')).toBe('Search messages…'));
    expect(document.documentElement.lang).toBe('en-US');
  });
});
