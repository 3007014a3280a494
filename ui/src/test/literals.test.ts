// No component shows a hard-coded word: every visible text comes from a Fluent message id.
import { describe, expect, it } from 'vitest';
import { findLiterals } from './literals';

const components = import.meta.glob('/src/**/*.svelte', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

describe('user-visible literal strings', () => {
  it('scans every component', () => {
    expect(Object.keys(components).length).toBeGreaterThan(15);
  });

  it('finds none in any .svelte template', () => {
    const offenders = Object.entries(components).flatMap(([path, source]) =>
      findLiterals(source).map((l) => `${path}:${l.line} ${l.where} ${JSON.stringify(l.text)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('catches text nodes and visible attributes with letters outside {…}', () => {
    const source = `<script lang="ts">const title = '<b>Not markup</b>';</script>
<div class="x {y}" data-testid="inbox">
  <p>Hello {name}</p>
  <button title="Close" aria-label={t('close')}>×</button>
  <input placeholder="Search {what}…" />
  <img alt="Logo" src="a.png" />
  <span>{count} items</span>
  <em>{t('ok')}</em>
</div>
<style>.x::before { content: 'Styles are not text'; }</style>`;
    expect(findLiterals(source).map((l) => [l.line, l.where, l.text])).toEqual([
      [3, 'text', 'Hello'],
      [4, 'title=', 'Close'],
      [5, 'placeholder=', 'Search …'],
      [6, 'alt=', 'Logo'],
      [7, 'text', 'items'],
    ]);
  });

  it('allows symbols, digits, key names in <kbd> and text inside expressions', () => {
    const source = `<span class="plus">+</span><kbd>Ctrl</kbd><kbd>Enter</kbd><kbd>j</kbd>
<button aria-label={t('remove', { tag })}>×</button><b>• 42 ?</b>
{#if a < b}<i>{a > b ? 'yes' : \`no \${x}\`}</i>{:else}{@html t('x')}{/if}
<div onclick={() => { if (x) { y = '<p>text</p>'; } }}>{'{'}</div>`;
    expect(findLiterals(source)).toEqual([]);
  });

  it('does not take a word in <kbd> for a key name', () => {
    expect(findLiterals('<kbd>Press here</kbd>').map((l) => l.text)).toEqual(['Press here']);
  });
});
