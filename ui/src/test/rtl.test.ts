// Right-to-left: Arabic turns the page around (<html dir="rtl" lang="ar">), the styles use only
// logical properties so the columns, bubbles and borders mirror, and buyer-written text keeps
// its own direction (dir="auto") so a Spanish message in the Arabic UI still reads left to right.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { installBackend } from './backend';
import { SETTINGS } from './fixtures';
import { openFirstConversation } from './render';
import { directionOf } from '../lib/i18n.svelte';

const styleSources = {
  ...(import.meta.glob('/src/**/*.svelte', { query: '?raw', import: 'default', eager: true }) as Record<string, string>),
  ...(import.meta.glob('/src/**/*.css', { query: '?raw', import: 'default', eager: true }) as Record<string, string>),
};

/** Physical left/right declarations, which do not mirror in right-to-left locales. */
const PHYSICAL = [
  /(^|[\s;{])(left|right)\s*:/,
  /\b(margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right)\b/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
  /\b(text-align|float|clear)\s*:\s*(left|right)\b/,
];

function cssOf(source: string): string {
  const blocks = [...source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  return blocks.length || source.includes('<script') ? blocks.join('\n') : source;
}

describe('right-to-left layout', () => {
  it('uses logical properties instead of left/right in every style', () => {
    const offenders: string[] = [];
    for (const [path, source] of Object.entries(styleSources)) {
      cssOf(source)
        .split('\n')
        .forEach((line, i) => {
          if (PHYSICAL.some((re) => re.test(line))) offenders.push(`${path}: style line ${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('knows which locales are written right to left', () => {
    expect(['ar', 'ar-EG', 'he-IL', 'fa'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en-US', 'zh-CN', 'zh-TW', 'es-ES', 'de-DE', 'fr-FR', 'ja-JP', 'pt-BR'].map(directionOf)).toEqual(
      Array(8).fill('ltr'),
    );
  });

  it('turns the page right to left for Arabic and back, without a reload', async () => {
    const backend = installBackend({
      settings_get: () => ({ ...SETTINGS, available_locales: ['en-US', 'ar', 'zh-CN'] }),
      settings_set_locale: (a) => ({ ...SETTINGS, available_locales: ['en-US', 'ar', 'zh-CN'], locale: a.locale as string }),
    });
    await openFirstConversation();
    await fireEvent.click(screen.getByTestId('settings-button'));
    await fireEvent.change(screen.getByTestId('settings-locale'), { target: { value: 'ar' } });
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    expect(backend.callsOf('settings_set_locale')).toEqual([{ locale: 'ar' }]);
    await fireEvent.change(screen.getByTestId('settings-locale'), { target: { value: 'en-US' } });
    await waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
    expect(document.documentElement.lang).toBe('en-US');
  });

  it('lets buyer-written text choose its own direction', async () => {
    installBackend();
    await openFirstConversation();
    const row = screen.getAllByTestId('conversation-row')[0];
    for (const cls of ['name', 'subject', 'snippet', 'store']) {
      expect(row.querySelector(`.${cls}`)?.getAttribute('dir'), `row .${cls}`).toBe('auto');
    }
    for (const m of screen.getAllByTestId('message')) {
      expect(m.querySelector('.text')?.getAttribute('dir')).toBe('auto');
      expect(m.querySelector('.author')?.getAttribute('dir')).toBe('auto');
    }
    expect(screen.getByTestId('note').querySelector('.text')?.getAttribute('dir')).toBe('auto');
    expect(screen.getByTestId('conversation-pane').querySelector('h2')?.getAttribute('dir')).toBe('auto');
    expect(screen.getByTestId('customer-panel').querySelector('h2')?.getAttribute('dir')).toBe('auto');
    // Text fields: typed text takes its own direction, an empty field (its placeholder) the UI's.
    for (const id of ['note-input', 'tag-input', 'search-input', 'composer-input']) {
      const field = screen.getByTestId(id) as HTMLInputElement;
      await fireEvent.input(field, { target: { value: '' } });
      expect(field.getAttribute('dir') ?? '', `${id} empty`).toBe(''); // no direction: inherits the UI's
      await fireEvent.input(field, { target: { value: 'Hola' } });
      expect(field.getAttribute('dir'), `${id} typed`).toBe('auto');
    }
    // Codes are Latin whatever the UI: they stay left to right.
    expect(screen.getByTestId('tracking-number').getAttribute('dir')).toBe('ltr');
  });
});
